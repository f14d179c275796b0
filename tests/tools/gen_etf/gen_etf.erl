%% Generates tests/unit/data/etf_otp25.txt for tests/unit/check_etf.c from
%% the real term_to_binary/2 of OTP 25.  One line per (term, options):
%%
%%   OPTS <TAB> HEX <TAB> TERM
%%
%% OPTS is one of d (no options), m0, m2 ({minor_version, N}), c
%% (compressed), c1, c9 ({compressed, N}), det (deterministic); HEX the
%% encoding; TERM the term in LFE syntax as LFE 2.2.1's lfe_io:print1
%% writes it (read back by elfe's reader).  Pids, refs, ports and funs have
%% no LFE syntax: check_etf.c has its own rows for them.
%%
%% Run from the repository root with the reference LFE on the path:
%%   erlc -o /tmp tests/tools/gen_etf/gen_etf.erl
%%   erl -noshell -pa /tmp -pa /tmp/lfe-ref/ebin -s gen_etf main -s init stop \
%%       > tests/unit/data/etf_otp25.txt
-module(gen_etf).
-export([main/0]).

main() ->
    io:setopts([{encoding, unicode}]),
    rand:seed(exsss, {2025, 25, 131}),
    Fixed = fixed(),
    Random = [random_term(4) || _ <- lists:seq(1, 220)],
    Opts = [{"d", []}, {"m0", [{minor_version, 0}]},
            {"m2", [{minor_version, 2}]}, {"c", [compressed]},
            {"c1", [{compressed, 1}]}, {"c9", [{compressed, 9}]},
            {"det", [deterministic]}],
    %% Every fixed term with every option set; random terms with two.
    [line(N, O, T) || T <- Fixed, {N, O} <- Opts],
    [line(N, O, T) || T <- Random, {N, O} <- [{"d", []}, {"c", [compressed]}]],
    ok.

line(Name, Opts, T) ->
    Hex = binary:encode_hex(term_to_binary(T, Opts)),
    io:format("~s\t~s\t~ts~n", [Name, Hex, lfe_io:print1(T)]).

fixed() ->
    Ints = [0, 1, 42, 255, 256, -1, -255, -256, 65535, 65536,
            (1 bsl 31) - 1, -(1 bsl 31), 1 bsl 31, -(1 bsl 31) - 1,
            1 bsl 32, (1 bsl 59) - 1, -(1 bsl 59), 1 bsl 59, -(1 bsl 59) - 1,
            1 bsl 60, 1 bsl 63, (1 bsl 64) - 1, 1 bsl 64, -(1 bsl 64),
            (1 bsl 2040) - 1, 1 bsl 2040, -(1 bsl 2040), 1 bsl 3000,
            pow(10, 100), -pow(7, 77)],
    Floats = [0.0, -0.0, 1.5, -1.5, 0.1, 1.0e300, -1.0e-300, 5.0e-324,
              2.2250738585072014e-308, 1.7976931348623157e308,
              3.141592653589793, 1.0e15, 1.0e16, 123456789.123, 100.0],
    Atoms = [a, '', abc, 'hello world', true, false, nil, 'nonode@nohost',
             list_to_atom(lists:duplicate(255, $x)),
             list_to_atom("h\x{e9}"), list_to_atom("\x{109}"),
             list_to_atom("\x{3a9}mega"),
             list_to_atom(lists:duplicate(255, 16#e9)),
             list_to_atom(lists:duplicate(200, 16#3a9)),
             list_to_atom(lists:duplicate(128, 16#e9)),
             list_to_atom([16#ff, 16#80, $a])],
    Lists = [[], "abc", [1, 2, 3], [0], [255], [256], [-1], [1 | 2],
             [a, b], [a | b], [1, 2 | 3], "abc" ++ [a], [[]], [[], []],
             [[1, 2], [3]], lists:seq(0, 255), lists:seq(1, 300),
             lists:duplicate(1000, $x), [1.5, 2], [1000, 2000],
             [{}], ["a" | "b"], [[[[[[[[]]]]]]]], [<<1>> | <<2>>]],
    Tuples = [{}, {a}, {1, 2}, {a, {b, {c, {}}}}, list_to_tuple(lists:seq(1, 255)),
              list_to_tuple(lists:seq(1, 256)), {[], [[]], #{}}],
    Maps = [#{}, #{a => 1}, #{a => 1, b => 2},
            #{1 => a, 1.0 => b, [] => c, {} => d, <<>> => e, "x" => f},
            #{{1, 2} => [3], [a] => #{b => c}},
            maps:from_list([{I, I * I} || I <- lists:seq(1, 32)]),
            maps:from_list([{I, I} || I <- lists:seq(1, 33)]),
            maps:from_list([{I, I} || I <- lists:seq(1, 100)]),
            maps:from_list([{integer_to_list(I), I} || I <- lists:seq(1, 50)]),
            %% (no large maps with atom keys: the BEAM hashes atoms by
            %% their index in its atom table, so their order differs from
            %% one BEAM run to the next)
            maps:from_list([{{I, I + 0.5}, I} || I <- lists:seq(1, 40)]),
            #{#{a => 1} => #{}, #{} => 1}],
    Bins = [<<>>, <<1, 2, 3>>, <<0:1>>, <<1:1>>, <<1, 2:3>>, <<255:7>>,
            list_to_binary(lists:seq(0, 255)), <<"hello">>,
            <<(list_to_binary(lists:duplicate(300, 7)))/binary, 5:5>>],
    Mixed = [{1, [a, "b", <<"c">>], #{d => 1.5}},
             [{ok, 1}, {error, "x"}, {'EXIT', [a | b]}],
             lists:duplicate(100, a), lists:duplicate(5, a),
             lists:duplicate(4, a), lists:duplicate(6, {a, b}),
             lists:seq(1, 2000), list_to_binary(lists:duplicate(500, 0))],
    Ints ++ Floats ++ Atoms ++ Lists ++ Tuples ++ Maps ++ Bins ++ Mixed.

pow(_, 0) -> 1;
pow(B, N) -> B * pow(B, N - 1).

%% Random terms of the kinds LFE can write.
random_term(0) -> random_leaf();
random_term(D) ->
    case rand:uniform(10) of
        N when N =< 4 -> random_leaf();
        5 -> [random_term(D - 1) || _ <- lists:seq(1, rand:uniform(5) - 1)];
        6 -> list_to_tuple([random_term(D - 1) || _ <- lists:seq(1, rand:uniform(5) - 1)]);
        7 -> maps:from_list([{random_term(D - 1), random_term(D - 1)}
                             || _ <- lists:seq(1, rand:uniform(6) - 1)]);
        8 -> [random_term(D - 1) | random_leaf()];
        9 -> [rand:uniform(256) - 1 || _ <- lists:seq(1, rand:uniform(10))];
        10 -> maps:from_list([{rand:uniform(1000), random_leaf()}
                              || _ <- lists:seq(1, 30 + rand:uniform(20))])
    end.

random_leaf() ->
    case rand:uniform(9) of
        1 -> rand:uniform(300) - 1;
        2 -> rand:uniform(1 bsl 40) - (1 bsl 39);
        3 -> (rand:uniform(1 bsl 62) + 1) * (1 bsl rand:uniform(200)) * (rand:uniform(3) - 2);
        4 -> (rand:uniform() - 0.5) * math:pow(10, rand:uniform(40) - 20);
        5 -> list_to_atom([$a + rand:uniform(26) - 1 || _ <- lists:seq(1, rand:uniform(6))]);
        6 -> list_to_binary([rand:uniform(256) - 1 || _ <- lists:seq(1, rand:uniform(8) - 1)]);
        7 -> <<(rand:uniform(255)):(rand:uniform(7))>>;
        8 -> [];
        9 -> list_to_atom([16#3b1 + rand:uniform(20) || _ <- lists:seq(1, rand:uniform(4))])
    end.
