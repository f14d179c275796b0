%% bench_unicode.erl - the Erlang twin of bench_unicode.lfe.
-module(bench_unicode).
-export([main/1]).

main([]) -> main(["10000", "20"]);
main([N0, R0]) ->
    N = list_to_integer(N0),
    R = list_to_integer(R0),
    Text = lists:flatten(lists:duplicate(N, [101, 16#301, 97, 16#AC00, 16#1F469,
                                             16#200D, 16#1F4BB, 32, 16#E9, 98])),
    Bin = unicode:characters_to_binary(Text),
    Sum = rounds(Text, Bin, R, 0),
    io:format("unicode n=~w rounds=~w sum=~w~n", [N, R, Sum]).

rounds(_, _, 0, Acc) -> Acc;
rounds(Text, Bin, R, Acc) ->
    A = string:length(Text),
    B = length(string:reverse(Text)),
    C = byte_size(unicode:characters_to_nfc_binary(Bin)),
    D = length(unicode:characters_to_nfd_list(Text)),
    E = length(string:uppercase(Text)),
    rounds(Text, Bin, R - 1, Acc + A + B + C + D + E).
