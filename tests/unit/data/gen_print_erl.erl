%% Writes random terms printed by io_lib for check_print_erl.c (OTP 25):
%%   erl -noshell -run gen_print_erl main SEED COUNT FILE
%% print_erl_random.txt = 600 cases of seed 1, plus 149 larger terms (seed 7,
%% with term(2 + rand:uniform(5)), outputs of 300..3000 bytes).
-module(gen_print_erl).
-export([main/1]).
atoms() -> [a, ok, foo_bar, 'Foo', 'hello world', 'it\'s', '', 'end', 'case',
            'maybe', 'λx', 'éa', 'Éa', true, false, nil, '[]', 'a@b', x1, 'with\nnl',
            'tab\there', 'quote"d', '\\back', 'ß', '÷', verbose, config, level,
            a_rather_long_atom_name_used_as_a_tag, 'UPPER', '$dollar', x, y, z].
pick(L) -> lists:nth(rand:uniform(length(L)), L).
str() ->
    N = rand:uniform(25) - 1,
    Pool = case rand:uniform(6) of
               1 -> "abc \n\t\"\\'xyz";
               2 -> [$a, $b, 233, 255, 160, $\e, $\v, $\b, $\f, $\r];
               3 -> lists:seq($a, $z);
               4 -> [$a, 127, 128, 0, 7, 159];
               5 -> [$a, 955, 8364, $b];
               _ -> "hello world, this is text "
           end,
    [pick(Pool) || _ <- lists:seq(1, N)].
bin() ->
    case rand:uniform(8) of
        1 -> list_to_binary(str_latin1());
        2 -> list_to_binary([rand:uniform(256) - 1 || _ <- lists:seq(1, rand:uniform(40))]);
        3 -> list_to_binary(lists:duplicate(rand:uniform(100), $x));
        4 -> unicode:characters_to_binary([pick([$a, 233, 955, 8364, $\n, $z]) || _ <- lists:seq(1, rand:uniform(12))]);
        5 -> <<(rand:uniform(1000)):(rand:uniform(15))>>;
        6 -> B = list_to_binary(str_latin1()), <<B/binary, 5:3>>;
        7 -> <<>>;
        _ -> list_to_binary([rand:uniform(256) - 1 || _ <- lists:seq(1, rand:uniform(4))] ++ "text")
    end.
str_latin1() -> [C || C <- str(), C < 256].
leaf() ->
    case rand:uniform(9) of
        1 -> pick(atoms());
        2 -> rand:uniform(1000) - 500;
        3 -> rand:uniform(1 bsl 58) * pick([1, -1]);
        4 -> pick([0.0, -0.0, 1.5, 1000.0, 0.1, 1.0e-5, 123456.789, -2.5e300, 3.14]);
        5 -> str();
        6 -> bin();
        7 -> [];
        8 -> {};
        _ -> pick(atoms())
    end.
term(D) when D =< 0 -> leaf();
term(D) ->
    case rand:uniform(10) of
        1 -> [term(D - 1) || _ <- lists:seq(1, rand:uniform(12))];
        2 -> L = [term(D - 1) || _ <- lists:seq(1, rand:uniform(5))], L ++ term(D - 1);
        3 -> list_to_tuple([pick(atoms()) | [term(D - 1) || _ <- lists:seq(1, rand:uniform(5))]]);
        4 -> list_to_tuple([term(D - 1) || _ <- lists:seq(1, rand:uniform(6) - 1)]);
        5 -> maps:from_list([{term(D - 2), term(D - 1)} || _ <- lists:seq(1, rand:uniform(7) - 1)]);
        6 -> [rand:uniform(30) || _ <- lists:seq(1, rand:uniform(30))];
        7 -> [str() || _ <- lists:seq(1, rand:uniform(8))];
        8 -> {pick(atoms()), term(D - 1)};
        _ -> leaf()
    end.
hex(B) -> [io_lib:format("~2.16.0b", [X]) || <<X>> <= B].
one(T) ->
    Mode = pick([w, p, p, p, tw, tp, p]),
    Depth = pick([-1, -1, -1, 1, 2, 3, 4, 5, 6, 8]),
    Col = pick([1, 1, 1, 5, 10, 20, 30, 50, 70]),
    LL = pick([80, 80, 80, 40, 30, 100, 60, 20]),
    Enc = case Mode of tw -> unicode; tp -> unicode; _ -> latin1 end,
    Out = case Mode of
              w -> io_lib:write(T, [{depth, Depth}, {encoding, Enc}]);
              tw -> io_lib:write(T, [{depth, Depth}, {encoding, Enc}]);
              _ -> io_lib_pretty:print(T, [{column, Col}, {line_length, LL}, {depth, Depth}, {encoding, Enc}])
          end,
    OutB = unicode:characters_to_binary(Out),
    [io_lib:format("~s ~w ~w ~w ", [Mode, Depth, Col, LL]), hex(term_to_binary(T, [{minor_version, 2}])),
     io_lib:format("~n~w~n", [byte_size(OutB)]), OutB, $\n].
main([Seed, N, File]) ->
    rand:seed(exsss, list_to_integer(Seed)),
    Cases = [one(term(rand:uniform(5))) || _ <- lists:seq(1, list_to_integer(N))],
    ok = file:write_file(File, Cases),
    halt().
