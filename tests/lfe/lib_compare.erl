%% lib_compare.erl - compare elfe's lib/*.lfe modules with OTP's.
%%
%% lib_compare.sh compiles each lib/M.lfe with the reference LFE under the
%% name elfe_M; this module then calls M:F(Args) and elfe_M:F(Args) on
%% hand-picked and random arguments and checks that both give the same
%% result, or the same error class and reason, and call the funs they are
%% given with the same arguments in the same order.
-module(lib_compare).
-export([main/1]).

main(Mods) ->
    rand:seed(exsss, {17, 42, 4711}),
    put(fails, 0), put(checks, 0),
    [check_mod(list_to_atom(M)) || M <- Mods],
    io:format("~p checks, ~p failed~n", [get(checks), get(fails)]),
    halt(case get(fails) of 0 -> 0; _ -> 1 end).

check_mod(M) ->
    Elfe = list_to_atom("elfe_" ++ atom_to_list(M)),
    {module, Elfe} = code:ensure_loaded(Elfe),
    Specs = specs(M),
    Exports = [FA || {F, _} = FA <- M:module_info(exports), F =/= module_info],
    Missing = [FA || FA <- Exports, not erlang:function_exported(Elfe, element(1, FA), element(2, FA)),
                     not is_bif(M, FA)],
    [fail(M, missing, FA, none, none) || FA <- Missing],
    [[check(M, Elfe, F, Args) || Args <- Gen()] || {F, Gen} <- Specs],
    ok.

%% Functions the runtime implements in C (runtime/bifs.def).
is_bif(lists, FA) -> lists:member(FA, [{reverse,1},{reverse,2},{member,2},{keyfind,3},{keymember,3},{keysearch,3}]);
is_bif(maps, FA) -> lists:member(FA, [{get,2},{get,3},{find,2},{is_key,2},{put,3},{update,3},{remove,2},{take,2},{keys,1},{values,1},{to_list,1},{from_list,1},{from_keys,2},{size,1},{merge,2},{new,0}]);
is_bif(_, _) -> false.

check(M, Elfe, F, Args) ->
    put(checks, get(checks) + 1),
    A = run(M, F, Args), B = run(Elfe, F, Args),
    case A =:= B of
        true -> ok;
        false -> fail(M, F, Args, A, B)
    end.

fail(M, F, Args, A, B) ->
    put(fails, get(fails) + 1),
    case get(fails) < list_to_integer(os:getenv("LIB_COMPARE_SHOW", "40")) of
        true -> io:format("FAIL ~p:~p ~P~n  otp:  ~P~n  elfe: ~P~n", [M, F, Args, 30, A, 30, B, 30]);
        false -> ok
    end.

%% The result, plus the arguments the logged funs were called with.
run(M, iterate, [Map]) ->
    Walk = fun W(none) -> []; W({K, V, I}) -> [{K, V} | W(M:next(I))] end,
    {Walk(M:next(M:iterator(Map))), []};
run(M, F, Args) ->
    put(log, []),
    R = try {ok, apply(M, F, Args)} catch C:E -> {C, E} end,
    {R, lists:reverse(get(log))}.

logged(F) when is_function(F, 1) -> fun(X) -> log([X]), F(X) end;
logged(F) when is_function(F, 2) -> fun(X, Y) -> log([X, Y]), F(X, Y) end;
logged(F) when is_function(F, 3) -> fun(X, Y, Z) -> log([X, Y, Z]), F(X, Y, Z) end.
log(X) -> put(log, [X | get(log)]).

%% ---- generators --------------------------------------------------------
n(N, G) -> fun() -> [G() || _ <- lists:seq(1, N)] end.
pick(L) -> lists:nth(rand:uniform(length(L)), L).
term() -> pick([1, 1.0, 2, 2.0, 3, -1, a, b, {1}, {1.0}, {a, 1}, [], [1], "ab", <<"x">>, 0.5, 100000000000000000000]).
small() -> pick([1, 1.0, 2, 2.0, 3, 3.0, 0]).
list() -> list(fun term/0).
list(G) -> [G() || _ <- lists:seq(1, rand:uniform(25) - 1)].
slist() -> list(fun small/0).
improper() -> list() ++ pick([x, 1, {}]).
anylist() -> case rand:uniform(8) of 1 -> improper(); 2 -> pick([x, 3, {}]); _ -> slist() end.
tup() -> case rand:uniform(12) of 1 -> pick([{}, x, {a}]); _ -> {small(), small(), pick([a, b, c])} end.
tlist() -> list(fun tup/0).
gtup() -> {small(), small(), pick([a, b, c])}.
gtlist() -> list(fun gtup/0).
int() -> rand:uniform(8) - 3.
ordfun() -> logged(pick([fun(A, B) -> A =< B end, fun(A, B) -> A < B end, fun(A, B) -> A >= B end,
                         fun(A, B) -> A > B end, fun(A, B) -> erlang:phash2({A, B}) rem 2 =:= 0 end])).
pred() -> logged(pick([fun(X) -> X == 1 end, fun(X) -> is_integer(X) end, fun(X) -> X < 2 end,
                       fun(X) -> erlang:phash2(X) rem 3 =/= 0 end])).
badpred() -> logged(pick([fun(X) -> X == 1 end, fun(_) -> x end, fun(X) -> 1 / (X - X) end])).

specs(lists) ->
    R = 300,
    [{sort, n(R, fun() -> [slist()] end)},
     {sort, n(50, fun() -> [anylist()] end)},
     {sort, n(R, fun() -> [ordfun(), slist()] end)},
     {sort, n(50, fun() -> [pick([ordfun(), x]), anylist()] end)},
     {usort, n(R, fun() -> [slist()] end)},
     {usort, n(50, fun() -> [anylist()] end)},
     {usort, n(R, fun() -> [ordfun(), slist()] end)},
     {usort, n(50, fun() -> [pick([ordfun(), x]), anylist()] end)},
     {keysort, n(R, fun() -> [pick([1, 2, 3]), tlist()] end)},
     {keysort, n(30, fun() -> [int(), anylist()] end)},
     {ukeysort, n(R, fun() -> [pick([1, 2, 3]), tlist()] end)},
     {ukeysort, n(30, fun() -> [int(), anylist()] end)},
     {merge, n(R, fun() -> [lists:sort(slist()), lists:sort(slist())] end)},
     {merge, n(50, fun() -> [anylist(), anylist()] end)},
     {merge, n(R, fun() -> F = ordfun(), [F, lists:sort(F, slist()), lists:sort(F, slist())] end)},
     {merge, n(R, fun() -> [[lists:sort(slist()) || _ <- lists:seq(1, rand:uniform(5) - 1)]] end)},
     {merge3, n(R, fun() -> [lists:sort(slist()), lists:sort(slist()), lists:sort(slist())] end)},
     {rmerge, n(R, fun() -> [lists:reverse(lists:sort(slist())), lists:reverse(lists:sort(slist()))] end)},
     {rmerge, n(R, fun() -> F = ordfun(), [F, lists:reverse(lists:sort(F, slist())), lists:reverse(lists:sort(F, slist()))] end)},
     {rmerge3, n(R, fun() -> [lists:reverse(lists:sort(slist())) || _ <- [1, 2, 3]] end)},
     {umerge, n(R, fun() -> [lists:usort(slist()), lists:usort(slist())] end)},
     {umerge, n(R, fun() -> [lists:sort(slist()), lists:sort(slist())] end)},
     {umerge, n(R, fun() -> F = ordfun(), [F, lists:usort(F, slist()), lists:usort(F, slist())] end)},
     {umerge, n(R, fun() -> [[lists:usort(slist()) || _ <- lists:seq(1, rand:uniform(5) - 1)]] end)},
     {umerge3, n(R, fun() -> [lists:usort(slist()), lists:usort(slist()), lists:usort(slist())] end)},
     {rumerge, n(R, fun() -> [lists:reverse(lists:usort(slist())), lists:reverse(lists:usort(slist()))] end)},
     {rumerge, n(R, fun() -> F = ordfun(), [F, lists:reverse(lists:usort(F, slist())), lists:reverse(lists:usort(F, slist()))] end)},
     {rumerge3, n(R, fun() -> [lists:reverse(lists:usort(slist())) || _ <- [1, 2, 3]] end)},
     {keymerge, n(R, fun() -> I = pick([1, 2]), [I, lists:keysort(I, gtlist()), lists:keysort(I, gtlist())] end)},
     {rkeymerge, n(R, fun() -> I = pick([1, 2]), [I, lists:reverse(lists:keysort(I, gtlist())), lists:reverse(lists:keysort(I, gtlist()))] end)},
     {ukeymerge, n(R, fun() -> I = pick([1, 2]), [I, lists:ukeysort(I, gtlist()), lists:ukeysort(I, gtlist())] end)},
     {rukeymerge, n(R, fun() -> I = pick([1, 2]), [I, lists:reverse(lists:ukeysort(I, gtlist())), lists:reverse(lists:ukeysort(I, gtlist()))] end)},
     {append, n(50, fun() -> [pick([[], [list(), list()], [list(), x], [x], [list() | x], [list(), improper()], [improper(), list()]])] end)},
     {append, n(30, fun() -> [anylist(), anylist()] end)},
     {subtract, n(30, fun() -> [anylist(), anylist()] end)},
     {nth, n(60, fun() -> [pick([int(), 1.0, 2.0]), anylist()] end)},
     {nthtail, n(60, fun() -> [pick([int(), 1.0]), anylist()] end)},
     {prefix, n(60, fun() -> L = slist(), [pick([lists:sublist(L, 3), slist(), x, [1 | x]]), pick([L, improper(), x])] end)},
     {suffix, n(60, fun() -> L = slist(), [pick([lists:nthtail(length(L) div 2, L), slist(), x]), pick([L, improper(), x])] end)},
     {droplast, n(40, fun() -> [anylist()] end)},
     {last, n(40, fun() -> [anylist()] end)},
     {seq, n(80, fun() -> [pick([int(), 1.0]), int()] end)},
     {seq, n(200, fun() -> [int(), int() * 3, pick([int(), 1.0])] end)},
     {sum, n(40, fun() -> [pick([slist(), list(), improper(), x])] end)},
     {duplicate, n(30, fun() -> [pick([int(), 1.0]), term()] end)},
     {min, n(40, fun() -> [anylist()] end)}, {max, n(40, fun() -> [anylist()] end)},
     {sublist, n(100, fun() -> [anylist(), pick([int(), 1.0])] end)},
     {sublist, n(200, fun() -> [anylist(), pick([int(), 1.0]), pick([int(), 1.0, x])] end)},
     {delete, n(60, fun() -> [small(), anylist()] end)},
     {zip, n(60, fun() -> L = slist(), [L, pick([lists:reverse(L), slist(), improper()])] end)},
     {unzip, n(30, fun() -> [pick([[{1, 2}, {3, 4}], [{1, 2}, x], [{1}], [{1, 2} | x], x])] end)},
     {zip3, n(60, fun() -> L = slist(), [L, L, pick([L, slist()])] end)},
     {unzip3, n(30, fun() -> [pick([[{1, 2, 3}, {3, 4, 5}], [{1, 2}, x], [], x])] end)},
     {zipwith, n(60, fun() -> L = slist(), [pick([logged(fun(A, B) -> {A, B} end), x, fun(A) -> A end]), L, pick([L, slist()])] end)},
     {zipwith3, n(60, fun() -> L = slist(), [pick([logged(fun(A, B, C) -> {A, B, C} end), x]), L, L, pick([L, slist()])] end)},
     {concat, n(40, fun() -> [pick([[a, 1, 2.5, "xy"], [a, {b}], [a | b], ["ab", [1 | 2]], [[1 | 2]], [], x])] end)},
     {flatten, n(40, fun() -> [pick([[1, [2, [3, []], [[]]], 4], [1, [2 | x]], x, [[a] | b], []])] end)},
     {flatten, n(40, fun() -> [pick([[1, [2, [3]]], x, [1 | x]]), pick([[], [t], x])] end)},
     {flatlength, n(30, fun() -> [pick([[1, [2, [3, []], [[]]], 4], [1, [2 | x]], x, []])] end)},
     {keydelete, n(60, fun() -> [small(), pick([int(), 1.0]), pick([tlist(), improper()])] end)},
     {keyreplace, n(60, fun() -> [small(), pick([1, 2, 0]), pick([tlist(), improper()]), pick([{new}, x])] end)},
     {keytake, n(60, fun() -> [small(), pick([1, 2, 0]), pick([tlist(), improper()])] end)},
     {keystore, n(60, fun() -> [small(), pick([1, 2, 0]), pick([tlist(), improper()]), pick([{new}, x])] end)},
     {keymap, n(60, fun() -> [pick([logged(fun(X) -> {X} end), x]), pick([1, 2, 0, 4]), pick([tlist(), improper()])] end)},
     {enumerate, n(30, fun() -> [anylist()] end)},
     {enumerate, n(30, fun() -> [pick([int(), 1.0]), anylist()] end)},
     {all, n(60, fun() -> [pick([pred(), badpred(), x]), anylist()] end)},
     {any, n(60, fun() -> [pick([pred(), badpred(), x]), anylist()] end)},
     {map, n(60, fun() -> [pick([logged(fun(X) -> {X} end), badpred(), x]), anylist()] end)},
     {flatmap, n(60, fun() -> [pick([logged(fun(X) -> [X, X] end), logged(fun(X) -> X end), badpred(), x]), anylist()] end)},
     {foldl, n(60, fun() -> [pick([logged(fun(X, A) -> [X | A] end), x]), acc, anylist()] end)},
     {foldr, n(60, fun() -> [pick([logged(fun(X, A) -> [X | A] end), x]), acc, anylist()] end)},
     {filter, n(60, fun() -> [pick([pred(), badpred(), x]), anylist()] end)},
     {partition, n(60, fun() -> [pick([pred(), badpred(), x]), anylist()] end)},
     {filtermap, n(60, fun() -> [pick([pred(), badpred(), logged(fun(X) -> {true, {X}} end), x]), anylist()] end)},
     {zf, n(30, fun() -> [pick([pred(), badpred(), x]), anylist()] end)},
     {foreach, n(60, fun() -> [pick([pred(), badpred(), x]), anylist()] end)},
     {mapfoldl, n(60, fun() -> [pick([logged(fun(X, A) -> {{X}, [X | A]} end), logged(fun(X, _) -> X end), x]), acc, anylist()] end)},
     {mapfoldr, n(60, fun() -> [pick([logged(fun(X, A) -> {{X}, [X | A]} end), logged(fun(X, _) -> X end), x]), acc, anylist()] end)},
     {takewhile, n(60, fun() -> [pick([pred(), badpred(), x]), anylist()] end)},
     {dropwhile, n(60, fun() -> [pick([pred(), badpred(), x]), anylist()] end)},
     {search, n(60, fun() -> [pick([pred(), badpred(), x]), anylist()] end)},
     {splitwith, n(60, fun() -> [pick([pred(), badpred(), x]), anylist()] end)},
     {split, n(80, fun() -> [pick([int(), 1.0, 30]), anylist()] end)},
     {join, n(40, fun() -> [sep, anylist()] end)},
     {uniq, n(40, fun() -> [anylist()] end)},
     {uniq, n(60, fun() -> [pick([logged(fun(X) -> X == 1 end), x, badpred()]), anylist()] end)}];
specs(maps) ->
    R = 150,
    [{fold, n(R, fun() -> [pick([logged(fun(K, V, A) -> [{K, V} | A] end), x]), acc, mapish()] end)},
     {map, n(R, fun() -> [pick([logged(fun(K, V) -> {K, V} end), x, logged(fun(_, _) -> error(boom) end)]), mapish()] end)},
     {filter, n(R, fun() -> [pick([logged(fun(K, _) -> erlang:phash2(K) rem 2 =:= 0 end), logged(fun(_, _) -> x end), x]), mapish()] end)},
     {filtermap, n(R, fun() -> [pick([logged(fun(K, V) -> case erlang:phash2(K) rem 3 of 0 -> true; 1 -> {true, {V}}; 2 -> false end end),
                                       logged(fun(_, _) -> x end), x]), mapish()] end)},
     {foreach, n(R, fun() -> [pick([logged(fun(K, V) -> {K, V} end), x]), mapish()] end)},
     {update_with, n(R, fun() -> [small(), pick([logged(fun(V) -> {V} end), x]), mapish()] end)},
     {update_with, n(R, fun() -> [small(), pick([logged(fun(V) -> {V} end), x]), init, mapish()] end)},
     {without, n(R, fun() -> [pick([slist(), improper(), x]), mapish()] end)},
     {with, n(R, fun() -> [pick([slist(), improper(), x]), mapish()] end)},
     {iterator, n(20, fun() -> [mapish()] end)},
     {next, n(20, fun() -> [pick([none, x, {a, b, none}, [0 | #{}], [0 | x]])] end)},
     {intersect, n(R, fun() -> [mapish(), mapish()] end)},
     {intersect_with, n(R, fun() -> [pick([logged(fun(K, A, B) -> {K, A, B} end), x]), mapish(), mapish()] end)},
     {merge_with, n(R, fun() -> [pick([logged(fun(K, A, B) -> {K, A, B} end), x]), mapish(), mapish()] end)},
     {groups_from_list, n(R, fun() -> [pick([logged(fun(X) -> erlang:phash2(X) rem 3 end), x]), anylist()] end)},
     {groups_from_list, n(R, fun() -> [pick([logged(fun(X) -> erlang:phash2(X) rem 3 end), x]),
                                       pick([logged(fun(X) -> {X} end), x]), anylist()] end)},
     {iterate, n(R, fun() -> [amap()] end)}];
specs(orddict) ->
    R = 150,
    K = fun() -> pick([small(), a, x]) end,
    F2 = fun() -> pick([logged(fun(Kx, V) -> {Kx, V} end), x]) end,
    [{is_key, n(R, fun() -> [K(), dict()] end)},
     {from_list, n(R, fun() -> [pick([[{small(), term()} || _ <- slist()], [{a}], [x], [{a, 1}], x, [{a, 1} | x]])] end)},
     {size, n(20, fun() -> [dict()] end)}, {is_empty, n(20, fun() -> [dict()] end)},
     {to_list, n(10, fun() -> [dict()] end)}, {new, n(1, fun() -> [] end)},
     {fetch, n(R, fun() -> [K(), dict()] end)}, {find, n(R, fun() -> [K(), dict()] end)},
     {fetch_keys, n(R, fun() -> [dict()] end)}, {erase, n(R, fun() -> [K(), dict()] end)},
     {take, n(R, fun() -> [K(), dict()] end)}, {store, n(R, fun() -> [K(), new, dict()] end)},
     {append, n(R, fun() -> [K(), new, dict()] end)}, {append_list, n(R, fun() -> [K(), pick([[n1, n2], x]), dict()] end)},
     {update, n(R, fun() -> [K(), pick([logged(fun(V) -> {V} end), x]), dict()] end)},
     {update, n(R, fun() -> [K(), pick([logged(fun(V) -> {V} end), x]), init, dict()] end)},
     {update_counter, n(R, fun() -> [K(), pick([1, 2.5, x]), dict(fun small/0)] end)},
     {fold, n(R, fun() -> [pick([logged(fun(Kx, V, A) -> [{Kx, V} | A] end), x]), acc, dict()] end)},
     {map, n(R, fun() -> [F2(), dict()] end)},
     {filter, n(R, fun() -> [pick([logged(fun(Kx, _) -> Kx == 1 end), logged(fun(_, _) -> x end), x]), dict()] end)},
     {merge, n(R, fun() -> [pick([logged(fun(Kx, A, B) -> {Kx, A, B} end), x]), dict(), dict()] end)}];
specs(ordsets) ->
    R = 200,
    [{new, n(1, fun() -> [] end)},
     {is_set, n(R, fun() -> [pick([slist(), set(), x, improper()])] end)},
     {size, n(20, fun() -> [set()] end)}, {is_empty, n(20, fun() -> [set()] end)}, {to_list, n(20, fun() -> [set()] end)},
     {from_list, n(R, fun() -> [pick([slist(), improper(), x])] end)},
     {is_element, n(R, fun() -> [small(), set()] end)},
     {add_element, n(R, fun() -> [small(), set()] end)},
     {del_element, n(R, fun() -> [small(), set()] end)},
     {union, n(R, fun() -> [set(), set()] end)},
     {union, n(R, fun() -> [[set() || _ <- lists:seq(1, rand:uniform(4) - 1)]] end)},
     {intersection, n(R, fun() -> [set(), set()] end)},
     {intersection, n(R, fun() -> [[set() || _ <- lists:seq(1, rand:uniform(4) - 1)]] end)},
     {is_disjoint, n(R, fun() -> [set(), set()] end)},
     {subtract, n(R, fun() -> [set(), set()] end)},
     {is_subset, n(R, fun() -> [set(), set()] end)},
     {fold, n(R, fun() -> [pick([logged(fun(E, A) -> [E | A] end), x]), acc, set()] end)},
     {filter, n(R, fun() -> [pick([logged(fun(E) -> E == 1 end), x]), set()] end)}];
specs(proplists) ->
    R = 200,
    K = fun() -> pick([a, b, c, 1, x]) end,
    [{property, n(30, fun() -> [pick([{a, true}, {1, true}, a, {a, 1}, x])] end)},
     {property, n(30, fun() -> [K(), pick([true, false, 1])] end)},
     {unfold, n(R, fun() -> [plist()] end)}, {compact, n(R, fun() -> [plist()] end)},
     {lookup, n(R, fun() -> [K(), plist()] end)}, {lookup_all, n(R, fun() -> [K(), plist()] end)},
     {is_defined, n(R, fun() -> [K(), plist()] end)}, {get_value, n(R, fun() -> [K(), plist()] end)},
     {get_value, n(R, fun() -> [K(), plist(), dflt] end)}, {get_all_values, n(R, fun() -> [K(), plist()] end)},
     {append_values, n(R, fun() -> [K(), plist()] end)}, {get_bool, n(R, fun() -> [K(), plist()] end)},
     {get_keys, n(R, fun() -> [plist()] end)}, {delete, n(R, fun() -> [K(), plist()] end)},
     {substitute_aliases, n(R, fun() -> [aliases(), plist()] end)},
     {substitute_negations, n(R, fun() -> [aliases(), plist()] end)},
     {expand, n(R, fun() -> [expansions(), plist()] end)},
     {normalize, n(R, fun() -> [plist(), stages()] end)},
     {split, n(R, fun() -> [plist(), pick([[a, b], [1, c], [], x, [a | x]])] end)},
     {to_map, n(R, fun() -> [plist()] end)}, {to_map, n(R, fun() -> [plist(), stages()] end)},
     {from_map, n(20, fun() -> [pick([#{a => 1, b => 2}, #{}, x])] end)}];
specs(queue) ->
    R = 150,
    Q = fun queueish/0,
    P = fun() -> pick([pred(), badpred(), x]) end,
    [{new, n(1, fun() -> [] end)},
     {is_queue, n(30, fun() -> [Q()] end)}, {is_empty, n(30, fun() -> [Q()] end)},
     {len, n(30, fun() -> [Q()] end)}, {to_list, n(30, fun() -> [Q()] end)},
     {from_list, n(40, fun() -> [anylist()] end)}, {member, n(R, fun() -> [small(), Q()] end)},
     {in, n(R, fun() -> [small(), Q()] end)}, {in_r, n(R, fun() -> [small(), Q()] end)},
     {cons, n(R, fun() -> [small(), Q()] end)}, {snoc, n(R, fun() -> [Q(), small()] end)}]
    ++ [{F, n(R, fun() -> [Q()] end)} || F <- [out, out_r, get, get_r, peek, peek_r, drop, drop_r, reverse,
                                               head, tail, daeh, last, liat, lait, init]]
    ++ [{join, n(R, fun() -> [Q(), Q()] end)},
        {split, n(R, fun() -> [pick([0, 1, 2, 3, 5, 8, -1, 1.0]), Q()] end)},
        {filter, n(R, fun() -> [pick([pred(), badpred(), x, logged(fun(X) -> [X, X] end),
                                      logged(fun(X) -> case X of 1 -> [a]; 2 -> []; _ -> true end end)]), Q()] end)},
        {filtermap, n(R, fun() -> [pick([pred(), badpred(), x, logged(fun(X) -> {true, {X}} end)]), Q()] end)},
        {fold, n(R, fun() -> [pick([logged(fun(X, A) -> [X | A] end), x]), acc, Q()] end)},
        {any, n(R, fun() -> [P(), Q()] end)}, {all, n(R, fun() -> [P(), Q()] end)},
        {delete, n(R, fun() -> [small(), Q()] end)}, {delete_r, n(R, fun() -> [small(), Q()] end)},
        {delete_with, n(R, fun() -> [P(), Q()] end)}, {delete_with_r, n(R, fun() -> [P(), Q()] end)}];
specs(gb_trees) ->
    R = 150,
    T = fun gbtree/0,
    K = fun() -> pick([small(), a, 4, 5.0, 7, 10, 12]) end,
    [{empty, n(1, fun() -> [] end)}]
    ++ [{F, n(R, fun() -> [T()] end)} || F <- [is_empty, size, balance, keys, values, to_list, smallest, largest,
                                               take_smallest, take_largest, iterator]]
    ++ [{F, n(R, fun() -> [K(), T()] end)} || F <- [lookup, get, is_defined, delete, delete_any, take, take_any]]
    ++ [{F, n(R, fun() -> [K(), val, T()] end)} || F <- [insert, update, enter]]
    ++ [{from_orddict, n(R, fun() -> [pick([orddict:from_list([{small(), term()} || _ <- slist()]), x, [{a}]])] end)},
        {iterator_from, n(R, fun() -> [K(), T()] end)},
        {next, n(R, fun() -> [pick([gb_trees:iterator(goodtree()), gb_trees:iterator_from(K(), goodtree()), [], x])] end)},
        {map, n(R, fun() -> [pick([logged(fun(Kx, V) -> {Kx, V} end), x]), T()] end)}];
specs(gb_sets) ->
    R = 150,
    S = fun gbset/0,
    E = fun() -> pick([small(), a, 4, 5.0, 7, 10, 12]) end,
    [{empty, n(1, fun() -> [] end)}, {new, n(1, fun() -> [] end)}]
    ++ [{F, n(R, fun() -> [S()] end)} || F <- [is_empty, size, balance, to_list, smallest, largest,
                                               take_smallest, take_largest, iterator, is_set]]
    ++ [{F, n(R, fun() -> [E(), S()] end)} || F <- [is_member, is_element, insert, add, add_element, delete,
                                                    delete_any, del_element, iterator_from]]
    ++ [{F, n(R * 2, fun() -> [S(), S()] end)} || F <- [union, intersection, is_disjoint, difference, subtract, is_subset]]
    ++ [{F, n(R, fun() -> [[S() || _ <- lists:seq(1, rand:uniform(4) - 1)]] end)} || F <- [union, intersection]]
    ++ [{singleton, n(5, fun() -> [E()] end)},
        {from_list, n(R, fun() -> [anylist()] end)},
        {from_ordset, n(R, fun() -> [pick([lists:usort(slist()), x, [1 | x]])] end)},
        {next, n(R, fun() -> [pick([gb_sets:iterator(goodset()), gb_sets:iterator_from(E(), goodset()), [], x])] end)},
        {filter, n(R, fun() -> [pick([pred(), badpred(), x]), S()] end)},
        {fold, n(R, fun() -> [pick([logged(fun(X, A) -> [X | A] end), x]), acc, S()] end)}];
specs(sets) ->
    R = 150,
    S = fun hset/0,
    E = fun() -> pick([small(), a, 4, 5.0, 7, 10, 12, {1}]) end,
    SS = fun() -> V = pick([1, 2]), [hset(V), hset(V)] end,
    [{new, n(1, fun() -> [] end)},
     {new, n(20, fun() -> [pick([[], [{version, 1}], [{version, 2}], [{version, 2}, x], [x, {version, 2}], [{version, 3}], x])] end)}]
    ++ [{F, n(R, fun() -> [S()] end)} || F <- [is_set, size, is_empty, to_list]]
    ++ [{F, n(R, fun() -> [E(), S()] end)} || F <- [is_element, add_element, del_element]]
    ++ [{F, n(R * 2, SS)} || F <- [union, intersection, is_disjoint, subtract, is_subset]]
    ++ [{F, n(R, fun() -> [S(), S()] end)} || F <- [union, intersection, is_disjoint, subtract, is_subset]]
    ++ [{F, n(R, fun() -> V = pick([1, 2]), [[hset(V) || _ <- lists:seq(1, rand:uniform(4) - 1)]] end)} || F <- [union, intersection]]
    ++ [{from_list, n(R, fun() -> [pick([slist(), list(), lists:seq(1, rand:uniform(300)), x])] end)},
        {from_list, n(R, fun() -> [pick([slist(), list(), x]), pick([[], [{version, 2}], [{version, 1}], [{version, 7}]])] end)},
        {filter, n(R, fun() -> [pick([pred(), badpred(), x]), S()] end)},
        {fold, n(R, fun() -> [pick([logged(fun(X, A) -> [X | A] end), x]), acc, S()] end)}];
specs(dict) ->
    R = 150,
    D = fun hdict/0,
    K = fun() -> pick([small(), a, 4, 5.0, 7, 10, 12, {1}]) end,
    [{new, n(1, fun() -> [] end)}]
    ++ [{F, n(R, fun() -> [D()] end)} || F <- [to_list, size, is_empty, fetch_keys]]
    ++ [{F, n(R, fun() -> [K(), D()] end)} || F <- [is_key, fetch, find, erase, take]]
    ++ [{F, n(R, fun() -> [K(), val, D()] end)} || F <- [store, append]]
    ++ [{append_list, n(R, fun() -> [K(), pick([[n1, n2], []]), D()] end)},
        {from_list, n(R, fun() -> [pick([[{small(), term()} || _ <- slist()], [{K(), I} || I <- lists:seq(1, rand:uniform(400))], [{a}], [x], x])] end)},
        {update, n(R, fun() -> [K(), pick([logged(fun(V) -> {V} end), x, fun(_) -> throw(badarg) end]), D()] end)},
        {update, n(R, fun() -> [K(), pick([logged(fun(V) -> {V} end), x]), init, D()] end)},
        {update_counter, n(R, fun() -> [K(), pick([1, 2.5, x]), hdict(fun small/0)] end)},
        {fold, n(R, fun() -> [pick([logged(fun(Kx, V, A) -> [{Kx, V} | A] end), x]), acc, D()] end)},
        {map, n(R, fun() -> [pick([logged(fun(Kx, V) -> {Kx, V} end), x]), D()] end)},
        {filter, n(R, fun() -> [pick([logged(fun(Kx, _) -> erlang:phash2(Kx) rem 2 =:= 0 end), logged(fun(_, _) -> x end), x]), D()] end)},
        {merge, n(R * 2, fun() -> [pick([logged(fun(Kx, A, B) -> {Kx, A, B} end), x]), D(), D()] end)}];
specs(string) ->
    R = 200,
    S = fun strarg/0,
    L = fun str/0,
    Seps = fun() -> pick([" ", ",", "ab", [$\s, $\t], [[13, 10]], [[13, 10], $\n, $\s], "x", [769], "-_"]) end,
    Pat = fun() -> pick([" ", ",", "ab", "a", "\r\n", <<"b">>, "", <<>>, [$a, <<"b">>], "e\x{301}", "xyz"]) end,
    Int = fun() -> pick([0, 1, 2, 3, 5, 10, -1]) end,
    [{F, n(R, fun() -> [S()] end)} || F <- [is_empty, length, to_graphemes, reverse, trim, chomp, uppercase,
                                            lowercase, titlecase, casefold, to_integer, to_float, next_codepoint,
                                            next_grapheme]]
    ++ [{F, n(R, fun() -> [S(), S()] end)} || F <- [equal, prefix, split, find]]
    ++ [{equal, n(R, fun() -> [S(), S(), pick([true, false])] end)},
        {equal, n(R, fun() -> [S(), S(), pick([true, false]), pick([none, nfc])] end)},
        %% slice of binaries: only ASCII text (see lib/string.lfe on OTP's
        %% partly decoded results after CR or non-ASCII characters)
        {slice, n(R, fun() -> [pick([L(), <<"hello, world">>, <<"ab">>, <<>>]), Int()] end)},
        {slice, n(R, fun() -> [pick([L(), <<"hello, world">>, <<"ab">>, <<>>]), Int(), Int()] end)},
        %% (OTP's slice(Bin, N, infinity) can return an improper list: not copied)
        {slice, n(R, fun() -> [L(), Int(), infinity] end)},
        {pad, n(R, fun() -> [S(), Int()] end)},
        {pad, n(R, fun() -> [S(), Int(), pick([leading, trailing, both, x])] end)},
        {pad, n(R, fun() -> [S(), Int(), pick([leading, trailing, both]), pick([$*, "ab"])] end)},
        {trim, n(R, fun() -> [S(), pick([leading, trailing, both, x])] end)},
        {trim, n(R, fun() -> [S(), pick([leading, trailing, both]), pick([Seps(), []])] end)},
        {take, n(R, fun() -> [S(), Seps()] end)},
        {take, n(R, fun() -> [S(), pick([Seps(), []]), pick([true, false])] end)},
        {take, n(R, fun() -> [S(), pick([Seps(), []]), pick([true, false]), pick([leading, trailing])] end)},
        {lexemes, n(R, fun() -> [S(), pick([Seps(), []])] end)},
        {nth_lexeme, n(R, fun() -> [S(), pick([1, 2, 3]), pick([Seps(), []])] end)},
        {split, n(R, fun() -> [S(), Pat()] end)},
        {split, n(R, fun() -> [S(), Pat(), pick([leading, trailing, all])] end)},
        {replace, n(R, fun() -> [S(), Pat(), "--"] end)},
        {replace, n(R, fun() -> [S(), Pat(), <<"+">>, pick([leading, trailing, all])] end)},
        {find, n(R, fun() -> [S(), Pat()] end)},
        {find, n(R, fun() -> [S(), Pat(), pick([leading, trailing])] end)},
        {prefix, n(R, fun() -> [S(), Pat()] end)},
        {list_to_integer, n(R, fun() -> [pick([L(), "12abc", "-0x", "+", "+7", x, "007 "])] end)},
        {list_to_float, n(R, fun() -> [pick([L(), "2.5e1rest", "2", "2.", "-2.5E+3x", "2.5e", ".5", "2,5", "1.0e-2", x])] end)},
        {to_integer, n(R, fun() -> [pick(["12abc", <<"-34 ">>, "+", x, <<"1.5">>])] end)},
        {to_float, n(R, fun() -> [pick(["1.5abc", <<"-3.25e2 ">>, "1", x, <<"2,5">>, "1e5"])] end)},
        %% The obsolete API
        {len, n(20, fun() -> [L()] end)}, {concat, n(20, fun() -> [L(), L()] end)},
        {chr, n(R, fun() -> [L(), pick([$a, $b, $\s, x])] end)}, {rchr, n(R, fun() -> [L(), pick([$a, $b, $\s])] end)},
        {str, n(R, fun() -> [L(), pick(["a", "ab", "", " b", x])] end)}, {rstr, n(R, fun() -> [L(), pick(["a", "ab", "", " b"])] end)},
        {span, n(R, fun() -> [L(), pick(["a", "ab ", ""])] end)}, {cspan, n(R, fun() -> [L(), pick(["a", "b ", ""])] end)},
        {substr, n(R, fun() -> [L(), Int()] end)}, {substr, n(R, fun() -> [L(), Int(), Int()] end)},
        {sub_string, n(R, fun() -> [L(), Int()] end)}, {sub_string, n(R, fun() -> [L(), Int(), Int()] end)},
        {tokens, n(R, fun() -> [L(), pick([" ", "ab", "", ", "])] end)},
        {chars, n(20, fun() -> [$x, Int()] end)}, {chars, n(20, fun() -> [$x, Int(), "tail"] end)},
        {copies, n(20, fun() -> [L(), Int()] end)},
        {words, n(R, fun() -> [L()] end)}, {words, n(R, fun() -> [L(), pick([$a, $b])] end)},
        {sub_word, n(R, fun() -> [L(), Int()] end)}, {sub_word, n(R, fun() -> [L(), Int(), pick([$a, $b])] end)},
        {strip, n(R, fun() -> [L()] end)}, {strip, n(R, fun() -> [L(), pick([left, right, both, x])] end)},
        {strip, n(R, fun() -> [L(), pick([left, right, both]), pick([$a, $\s])] end)},
        {left, n(R, fun() -> [L(), Int()] end)}, {left, n(R, fun() -> [L(), pick([Int(), 2.5]), $.] end)},
        {right, n(R, fun() -> [L(), Int()] end)}, {right, n(R, fun() -> [L(), Int(), $.] end)},
        {centre, n(R, fun() -> [L(), Int()] end)}, {centre, n(R, fun() -> [L(), Int(), $.] end)},
        {join, n(R, fun() -> [[L() || _ <- lists:seq(1, rand:uniform(4) - 1)], pick([", ", ""])] end)},
        {to_upper, n(R, fun() -> [pick([L(), $a, 16#E9, 16#FF])] end)}, {to_lower, n(R, fun() -> [pick([L(), $A, 16#C9])] end)}];
specs(array) ->
    R = 150,
    A = fun arr/0,
    I = fun() -> pick([0, 1, 5, 9, 10, 11, 99, 100, 101, 150, 1000, 1234, -1, x]) end,
    Opts = fun() -> pick([[], fixed, {fixed, false}, {default, 0}, {size, 12}, 15, [15, {default, d}],
                          [{fixed, false}, 200], [x], {size, -1}, x, [{default, 0} | fixed]]) end,
    [{new, n(1, fun() -> [] end)}, {new, n(R, fun() -> [Opts()] end)},
     {new, n(R, fun() -> [pick([0, 5, 10, 11, 100, 101, -1, x]), Opts()] end)}]
    ++ [{F, n(R, fun() -> [A()] end)} || F <- [is_array, size, sparse_size, default, to_list, sparse_to_list,
                                               to_orddict, sparse_to_orddict, fix, relax, is_fix, resize]]
    ++ [{set, n(R * 2, fun() -> [I(), val, A()] end)},
        {get, n(R * 2, fun() -> [I(), A()] end)},
        {reset, n(R * 2, fun() -> [I(), A()] end)},
        {resize, n(R, fun() -> [I(), A()] end)},
        {from_list, n(R, fun() -> [pick([slist(), lists:seq(1, rand:uniform(1200)), [a, b | c], x])] end)},
        {from_list, n(R, fun() -> [pick([slist(), lists:seq(1, rand:uniform(300)), x]), pick([0, 1, undefined])] end)},
        {from_orddict, n(R, fun() -> [pick([orddict(), [{1, a}, {1, b}], [{a, 1}], [x], x])] end)},
        {from_orddict, n(R, fun() -> [orddict(), pick([0, a])] end)},
        {map, n(R, fun() -> [pick([logged(fun(Ix, V) -> {Ix, V} end), x]), A()] end)},
        {sparse_map, n(R, fun() -> [pick([logged(fun(Ix, V) -> {Ix, V} end), x]), A()] end)}]
    ++ [{F, n(R, fun() -> [pick([logged(fun(Ix, V, Acc) -> [{Ix, V} | Acc] end), x]), acc, A()] end)}
        || F <- [foldl, foldr, sparse_foldl, sparse_foldr]];
specs(_) -> [].

orddict() ->
    lists:ukeysort(1, [{rand:uniform(pick([10, 100, 2000])) - 1, pick([a, b, undefined, 0])}
                       || _ <- lists:seq(1, pick([0, 1, 3, 20, 60]))]).

%% An array built by OTP (new with options, sets, resets, resizes,
%% from_list, from_orddict), or a non-array.
arr() ->
    case rand:uniform(12) of
        1 -> pick([x, {array, 1}, {array, a, b, c, d}]);
        2 -> array:from_list(lists:seq(1, rand:uniform(300)), pick([0, undefined]));
        3 -> array:from_orddict(orddict(), pick([0, undefined]));
        _ ->
            A0 = pick([array:new(), array:new(pick([0, 5, 20, 300])), array:new({default, 0}),
                       array:new([{size, 30}, {fixed, false}])]),
            lists:foldl(fun(_, A) ->
                                Ix = pick([rand:uniform(30), rand:uniform(1500)]) - 1,
                                try case rand:uniform(8) of
                                        1 -> array:reset(Ix, A);
                                        2 -> array:resize(Ix, A);
                                        3 -> array:fix(A);
                                        4 -> array:relax(A);
                                        _ -> array:set(Ix, pick([v, 0, undefined, Ix]), A)
                                    end
                                catch error:badarg -> A end
                        end, A0, lists:seq(1, pick([0, 1, 5, 20])))
    end.

%% Only valid chardata is generated: OTP's string functions read their
%% argument lazily, so on invalid chardata (<<255>>, [a], an atom) they
%% fail, or not, depending on how far they read; elfe's string.lfe reads
%% the whole argument first (see its opening comment).
%% Text from a pool of ASCII, latin-1, Greek, Cyrillic, combining marks,
%% CR LF, Hangul jamo, regional indicators and an emoji ZWJ sequence, as a
%% list, a UTF-8 binary or (rarely) deep chardata.
str() -> lists:append([pick(["a", "b", "A", "B", " ", " ", ",", "ab", "\t", "\n", "\r\n", "\r", "x",
                             [16#E9], [16#C9], [16#DF], [16#FF], [16#B5], [16#3A3], [16#3C2], [16#416], [16#451],
                             [16#1C5], "e\x{301}", [769], "1", "2", "-", "_", [16#1100, 16#1161, 16#11A8],
                             [16#1F1FA, 16#1F1F8], [16#1F468, 16#200D, 16#1F469], [16#130], [16#17F]])
                       || _ <- lists:seq(1, rand:uniform(10) - 1)]).
strarg() ->
    case rand:uniform(10) of
        N when N < 6 -> unicode:characters_to_binary(str());
        _ -> str()
    end.

%% A dict built by OTP from random stores and erases (up to a few hundred
%% keys, so tables grow and shrink), or a non-dict.
hdict() -> hdict(fun term/0).
hdict(V) ->
    case rand:uniform(15) of
        1 -> pick([x, {dict, 1}, [{a, 1}]]);
        _ ->
            N = pick([0, 1, 3, 10, 30, 100, 400]),
            lists:foldl(fun(_, T) ->
                                K = rand:uniform(N + 1),
                                case rand:uniform(5) of
                                    1 -> dict:erase(K, T);
                                    _ -> dict:store(pick([K, K, float(K), {K}]), V(), T)
                                end
                        end, dict:new(), lists:seq(1, N))
    end.

%% A sets set (version 1 or 2) built by OTP from random adds and deletes
%% (up to a few hundred elements, so tables grow and shrink), or a non-set.
hset() ->
    case rand:uniform(15) of
        1 -> pick([x, {set, 1}, [1]]);
        _ -> hset(pick([1, 2]))
    end.
hset(V) ->
    N = pick([0, 1, 3, 10, 30, 100, 400]),
    lists:foldl(fun(_, T) ->
                        K = rand:uniform(N + 1),
                        case rand:uniform(5) of
                            1 -> sets:del_element(K, T);
                            _ -> sets:add_element(pick([K, K, float(K), {K}]), T)
                        end
                end, sets:new([{version, V}]), lists:seq(1, N)).

%% A gb_set built by OTP from random adds and deletes (sizes up to ~200,
%% so both the list and the tree strategies run), or a non-set.
gbset() ->
    case rand:uniform(15) of
        1 -> pick([x, {0, x}, {1}]);
        _ -> goodset()
    end.
goodset() ->
    N = pick([0, 1, 3, 10, 30, 100, 300]),
    lists:foldl(fun(_, T) ->
                        K = rand:uniform(N + 1),
                        case rand:uniform(6) of
                            1 -> gb_sets:delete_any(K, T);
                            _ -> gb_sets:add(pick([K, K, float(K)]), T)
                        end
                end, gb_sets:empty(), lists:seq(1, N)).

%% A gb_tree built by OTP from random inserts and deletes, or a non-tree.
gbtree() ->
    case rand:uniform(15) of
        1 -> pick([x, {0, x}, {1}, {-1, nil}]);
        _ -> goodtree()
    end.
goodtree() -> lists:foldl(fun(_, T) ->
                                 K = rand:uniform(40),
                                 case rand:uniform(6) of
                                     1 -> gb_trees:delete_any(K, T);
                                     _ -> gb_trees:enter(K, term(), T)
                                 end
                         end, gb_trees:empty(), lists:seq(1, pick([0, 1, 3, 10, 30, 60]))).

%% A queue built by OTP through a random walk, or a non-queue.
queueish() ->
    case rand:uniform(12) of
        1 -> pick([x, {[], x}, {a, b, c}, {[1 | x], []}]);
        _ -> lists:foldl(fun(_, Q) ->
                                 case rand:uniform(5) of
                                     1 -> queue:in_r(small(), Q);
                                     2 -> element(2, queue:out(Q));
                                     3 -> element(2, queue:out_r(Q));
                                     _ -> queue:in(small(), Q)
                                 end
                         end, queue:new(), lists:seq(1, rand:uniform(20) - 1))
    end.

prop() -> pick([a, b, c, x, {a, 1}, {b, true}, {c, false}, {a, [1, 2]}, {b, 2, 3}, {a}, {1, one}, 7, "str", {}]).
plist() -> case rand:uniform(12) of 1 -> list(fun prop/0) ++ pick([x, {a, 1}]); 2 -> x; _ -> list(fun prop/0) end.
aliases() -> pick([[{a, b}], [{b, c}, {a, z}], [], [{c, a}, {1, q}], [{a, b} | x]]).
expansions() -> pick([[{a, [q, r]}], [{{b, true}, [s]}, {a, [t, {u, 1}]}], [{{a, 1}, [v]}], [], [{a, [q]}, {a, [r]}, junk], [{"x", [q]}], x]).
stages() -> pick([[], [{aliases, aliases()}], [{negations, aliases()}, {expand, expansions()}], [{bogus, 1}]]).

dict() -> dict(fun term/0).
dict(V) -> case rand:uniform(10) of
               1 -> pick([x, [{a}], [{1, a} | x], [x, {1, a}]]);
               _ -> orddict:from_list([{small(), V()} || _ <- slist()])
           end.
set() -> case rand:uniform(12) of
             1 -> pick([x, [1 | x], [2, 1]]);
             _ -> lists:usort(slist())
         end.

amap() ->
    maps:from_list([{pick([term(), rand:uniform(60)]), term()} || _ <- lists:seq(1, pick([0, 1, 5, 20, 40, 80]))]).
mapish() -> case rand:uniform(10) of 1 -> pick([x, [0 | x], none]); 2 -> [0 | amap()]; _ -> amap() end.
