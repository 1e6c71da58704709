%% bench/run-processes' BEAM peer of bench/programs/spawn.weft: main spawns
%% N processes, each of which sends main one reply, its number, and ends;
%% main receives all N replies and prints how many and their sum.
%%   erl +S 1 -noshell -pa DIR -run spawn main N
-module(spawn).
-export([main/1]).

spawn_all(I, N, _Parent) when I > N -> ok;
spawn_all(I, N, Parent) ->
    spawn(fun() -> Parent ! {reply, I} end),
    spawn_all(I + 1, N, Parent).

collect(0, Got, Sum) -> {Got, Sum};
collect(Left, Got, Sum) ->
    receive
        {reply, I} -> collect(Left - 1, Got + 1, Sum + I)
    end.

main([N0]) ->
    N = list_to_integer(N0),
    spawn_all(1, N, self()),
    {Got, Sum} = collect(N, 0, 0),
    io:format("replies: ~b, sum: ~b~n", [Got, Sum]),
    halt(0).
