%% bench/run-processes' BEAM peer of bench/programs/idle.weft: main spawns
%% N processes, each of which tells main it is ready and then waits in
%% receive for a message that never comes; once all N have said so, main
%% prints their number and, on stderr, erlang:memory(processes) (the bytes
%% of every process's heap, stack and control block, main's included) and
%% one idler's process_info(P, memory), then ends.
%%   erl +S 1 -noshell -pa DIR -run idle main N
-module(idle).
-export([main/1]).

idler(Parent) ->
    Parent ! ready,
    receive
        stop -> ok
    end.

spawn_all(0, _Parent, Last) -> Last;
spawn_all(K, Parent, _Last) -> spawn_all(K - 1, Parent, spawn(fun() -> idler(Parent) end)).

await_ready(0, Ready) -> Ready;
await_ready(K, Ready) ->
    receive
        ready -> await_ready(K - 1, Ready + 1)
    end.

main([N0]) ->
    N = list_to_integer(N0),
    Last = spawn_all(N, self(), none),
    Ready = await_ready(N, 0),
    io:format("idle: ~b processes waiting~n", [Ready]),
    io:format(standard_error, "processes memory: ~b bytes~n", [erlang:memory(processes)]),
    case Last of
        none -> ok;
        _ -> {memory, M} = process_info(Last, memory),
             io:format(standard_error, "one idle process: ~b bytes~n", [M])
    end,
    halt(0).
