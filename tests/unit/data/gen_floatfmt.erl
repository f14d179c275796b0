%% Writes floatfmt_random.txt for check_floatfmt.c (run with OTP 25):
%%   erlc gen_floatfmt.erl && erl -noshell -s gen_floatfmt main
-module(gen_floatfmt).
-export([main/0]).
-define(M64, 16#FFFFFFFFFFFFFFFF).
%% splitmix64
next(S0) ->
    S = (S0 + 16#9E3779B97F4A7C15) band ?M64,
    Z1 = ((S bxor (S bsr 30)) * 16#BF58476D1CE4E5B9) band ?M64,
    Z2 = ((Z1 bxor (Z1 bsr 27)) * 16#94D049BB133111EB) band ?M64,
    {(Z2 bxor (Z2 bsr 31)), S}.
fix(B) ->
    case (B bsr 52) band 16#7FF of 16#7FF -> B bxor (1 bsl 62); _ -> B end.
dbl(Bits) -> <<F/float>> = <<Bits:64>>, F.
value(0, R) -> dbl(fix(R));
value(1, R) ->
    E = 1023 - 60 + ((R bsr 52) rem 131),
    dbl(((R bsr 63) bsl 63) bor (E bsl 52) bor (R band (1 bsl 52 - 1)));
value(2, R) ->
    E = (R bsr 52) band 16#7FF,
    E1 = if E =:= 16#7FF -> 16#7FE; true -> E end,
    Lo = R band 3,
    Man = case (R bsr 2) band 1 of 0 -> Lo; 1 -> (1 bsl 52) - 1 - Lo end,
    dbl(((R bsr 63) bsl 63) bor (E1 bsl 52) bor Man);
value(3, R) ->
    D = 1 + (R rem 15),
    N = (R bsr 8) rem pow(10, D),
    K = (R bsr 50) rem 20,
    N / pow(10, K).
pow(_, 0) -> 1; pow(B, K) -> B * pow(B, K - 1).
loop(0, _, Acc) -> lists:reverse(Acc);
loop(I, S0, Acc) ->
    {R, S} = next(S0),
    F = value(R band 3, R bsr 2),
    {R2, S2} = next(S),
    Line = case I rem 5 of
        0 when abs(F) < 1.0e25 ->
            P1 = 1 + R2 rem 12, P2 = 2 + (R2 bsr 8) rem 12, P3 = 1 + (R2 bsr 16) rem 12,
            io_lib:format("~s ~s ~s ~s", [float_to_list(F, [short]),
                lists:flatten(io_lib:format("~.*f", [P1, F])),
                lists:flatten(io_lib:format("~.*e", [P2, F])),
                lists:flatten(io_lib:format("~.*g", [P3, F]))]);
        _ -> io_lib:format("~s", [float_to_list(F, [short])])
    end,
    loop(I - 1, S2, [[Line, $\n] | Acc]).
main() ->
    file:write_file("floats.txt", loop(20000, 42, [])),
    halt().
