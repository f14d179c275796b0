%% Writes tests/unit/data/map_order.txt for check_map.c: maps of more than
%% 32 keys and the order in which OTP 25 lists them (maps:to_list/1), and
%% keys of every type with the BEAM's internal hash of each.
%%
%%   cd tests/tools/gen_map_order && erlc gen_map_order.erl &&
%%   erl -noshell -run gen_map_order main ../../unit/data/map_order.txt
%%
%% Lines (terms are term_to_binary hex):
%%   hash HEX H          make_internal_hash(T, 0) = H (erts_debug)
%%   map NAME HOW        a case; HOW says how erl built the map
%%   keys HEX            the keys, in the order they were put
%%   gone HEX            keys put and then removed again (may be [])
%%   order I1 I2 ...     maps:keys/1 as indices into keys
%%   end
%% Atoms in keys are only ones the emulator makes at boot (their index in
%% the BEAM's atom table, which the hash uses, is the same in every run).
-module(gen_map_order).
-export([main/1]).

main([File]) ->
    erts_debug:set_internal_state(available_internal_state, true),
    rand:seed(exsss, {17, 29, 41}),
    {ok, F} = file:open(File, [write]),
    [hash_line(F, T) || T <- hash_terms()],
    Cases = cases(),
    [map_case(F, Name, How, Keys, Gone) || {Name, How, Keys, Gone} <- Cases],
    ok = file:close(F),
    halt().

hex(T) -> binary:encode_hex(term_to_binary(T)).

ihash(T) -> erts_debug:get_internal_state({internal_hash, T}).

hash_line(F, T) -> io:format(F, "hash ~s ~w~n", [hex(T), ihash(T)]).

map_case(F, Name, How, Keys0, Gone) ->
    Keys = dedup(Keys0),
    M0 = lists:foldl(fun(K, M) -> M#{K => val(K)} end, #{}, Keys ++ Gone),
    M = maps:without(Gone -- Keys, M0),
    true = maps:size(M) > 32,
    Ix = maps:from_list(lists:zip(Keys, lists:seq(0, length(Keys) - 1))),
    Order = [maps:get(K, Ix) || K <- maps:keys(M)],
    %% the same map built at once and in reverse has the same order
    Order = [maps:get(K, Ix) || K <- maps:keys(maps:from_list([{K, 0} || K <- lists:reverse(Keys)]))],
    io:format(F, "map ~s ~s~nkeys ~s~ngone ~s~norder ~s~nend~n",
              [Name, How, hex(Keys), hex(Gone -- Keys),
               lists:join(" ", [integer_to_list(I) || I <- Order])]).

val(K) -> erlang:phash2(K).

dedup(L) -> dedup(L, #{}).
dedup([], _) -> [];
dedup([K | T], S) ->
    case maps:is_key(K, S) of
        true -> dedup(T, S);
        false -> [K | dedup(T, S#{K => 1})]
    end.

static_atoms() ->
    [false, true, ok, error, undefined, infinity, normal, badarg, value,
     none, exit, throw, undef, kill, nil, file, map, list, binary, module].

shuffle(L) -> [X || {_, X} <- lists:sort([{rand:uniform(), X} || X <- L])].

pick(L) -> lists:nth(rand:uniform(length(L)), L).

rbin(N) -> list_to_binary([rand:uniform(256) - 1 || _ <- lists:seq(1, N)]).

key(0) -> rand:uniform(2000) - 1000;
key(1) -> rand:uniform(1 bsl 59) * pick([1, -1]);
key(2) -> (1 bsl (59 + rand:uniform(150))) + rand:uniform(1000000) * pick([1, -1]);
key(3) -> pick([0.0, 1.5, -2.5e300, 1.0e-10, 3.0, -7.25]) * rand:uniform(100);
key(4) -> pick(static_atoms());
key(5) -> rbin(rand:uniform(30) - 1);
key(6) -> B = rbin(rand:uniform(6) - 1), <<B/binary, (rand:uniform(100)):(rand:uniform(7))>>;
key(7) -> list_to_tuple([key(pick([0, 4, 5])) || _ <- lists:seq(1, rand:uniform(4) - 1)]);
key(8) -> [key(pick([0, 3, 4])) || _ <- lists:seq(1, rand:uniform(5))];
key(9) -> [rand:uniform(256) - 1 || _ <- lists:seq(1, rand:uniform(11) - 1)];
key(10) -> [rand:uniform(300) | pick([ok, 5, <<"t">>, [], "xy"])];
key(11) -> maps:from_list([{key(pick([0, 4, 5])), key(0)} || _ <- lists:seq(1, rand:uniform(4))]);
key(12) -> list_to_pid("<0." ++ integer_to_list(rand:uniform(32767)) ++ "."
                       ++ integer_to_list(rand:uniform(8191) - 1) ++ ">");
key(13) -> list_to_port("#Port<0." ++ integer_to_list(rand:uniform(1 bsl 28) - 1) ++ ">");
key(14) -> make_ref();
key(15) -> {key(pick([0, 5, 9])), [key(pick([3, 6]))], {key(4)}}.

mixed(N) -> [key(rand:uniform(16) - 1) || _ <- lists:seq(1, N)].

big_map_key(N) -> maps:from_list([{I, I * I} || I <- lists:seq(1, N)]).

hash_terms() ->
    Fixed = [0, 1, -1, 255, 256, 1 bsl 59 - 1, -(1 bsl 59), 1 bsl 59, -(1 bsl 59) - 1,
             1 bsl 64, -(1 bsl 64), 1 bsl 200 + 12345, 0.0, -0.0, 1.0, -1.5, 1.0e300,
             [], "a", "ab", "abc", "abcd", "abcde", "abcdefgh", [1 | 2], [ok], [ok | error],
             [1, 2, true, 3, 4, 5, 6, 7, 8, 9], [[]], [[1]], [300, 1], {}, {ok}, {1, 2, 3},
             {[], {}, <<>>}, <<>>, <<1>>, <<1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11>>,
             <<1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12>>, rbin(100), <<1:1>>, <<5:3>>,
             <<"abc", 3:2>>, <<>>, #{}, #{ok => 1}, #{1 => 2, 3 => 4},
             big_map_key(33), big_map_key(40), big_map_key(100), big_map_key(1000),
             #{[1] => big_map_key(50), big_map_key(20) => 2.5},
             list_to_pid("<0.1.0>"), list_to_pid("<0.7310.1>"), list_to_pid("<0.32767.8191>"),
             list_to_port("#Port<0.0>"), list_to_port("#Port<0.70000>"),
             list_to_port("#Port<0.268435455>"), make_ref(), make_ref()] ++ static_atoms(),
    Fixed ++ mixed(300).

%% Pairs of small integers whose 32-bit hashes are equal.
colliding_ints() ->
    H = lists:sort([{ihash(I), I} || I <- lists:seq(0, 1 bsl 20)]),
    collide(H).
collide([{H, A}, {H, B} | T]) -> [A, B | collide(T)];
collide([_ | T]) -> collide(T);
collide([]) -> [].

cases() ->
    Ints40 = lists:seq(1, 40),
    Coll = colliding_ints(),
    Mixed50 = dedup(mixed(60)),
    Big = dedup(mixed(300)),
    [{"ints_1_40", "from_list", Ints40, []},
     {"ints_40_down", "puts_reversed", lists:reverse(Ints40), []},
     {"ints_33", "from_list", lists:seq(100, 132), []},
     {"ints_100_shuffled", "puts_shuffled", shuffle(lists:seq(-50, 49)), []},
     {"ints_1000", "from_list", [I * 7 || I <- lists:seq(1, 1000)], []},
     {"ints_10000", "from_list", shuffle(lists:seq(1, 10000)), []},
     {"floats_100", "from_list", [I / 4 || I <- lists:seq(-50, 49)] ++ [-0.0 - 100.0], []},
     {"atoms_and_tuples", "from_list",
      [{A, I} || A <- static_atoms(), I <- [1, 2]] ++ static_atoms(), []},
     {"strings", "from_list", [integer_to_list(I) || I <- lists:seq(1, 60)]
                              ++ ["", "abcd", "abcde", [0], [255, 0]], []},
     {"binaries", "from_list", [rbin(I rem 17) || I <- lists:seq(1, 80)]
                               ++ [<<X:3>> || X <- lists:seq(0, 7)], []},
     {"mixed_50", "from_list", lists:sublist(Mixed50, 50), []},
     {"mixed_300", "puts_shuffled", Big, []},
     {"map_keys", "from_list", [big_map_key(N) || N <- [33, 34, 40, 100, 300]]
                               ++ [#{I => ok} || I <- lists:seq(1, 40)], []},
     {"colliding_ints", "from_list", lists:sublist(Coll, 80) ++ lists:seq(1, 10), []},
     {"colliding_all", "from_list", Coll, []},
     {"removed_to_33", "remove", Ints40 -- lists:seq(3, 35, 5),
      lists:seq(3, 40, 5) ++ lists:seq(1000, 1200)},
     {"mixed_removed_to_40", "remove", lists:sublist(Big, 40), lists:nthtail(40, Big)},
     {"colliding_removed", "remove", lists:sublist(Coll, 40), lists:seq(1, 100)}].
