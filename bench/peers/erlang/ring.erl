%% bench/run-processes' BEAM peer of bench/programs/ring.weft: N processes
%% (main and N - 1 relays) pass a token round R times; the token counts the
%% messages, and the program prints N * R, the messages sent in all.
%%   erl +S 1 -noshell -pa DIR -run ring main N R
-module(ring).
-export([main/1]).

relay(Next) ->
    receive
        {token, M} ->
            Next ! {token, M + 1},
            relay(Next)
    end.

%% Spawns the ring from its end: the process made last is the first to get the token.
ring(0, Next) -> Next;
ring(K, Next) -> ring(K - 1, spawn(fun() -> relay(Next) end)).

rounds(_First, 0, Messages) -> Messages;
rounds(First, Left, Messages) ->
    First ! {token, 1},
    receive
        {token, M} -> rounds(First, Left - 1, Messages + M)
    end.

main([N, R]) ->
    First = ring(list_to_integer(N) - 1, self()),
    io:format("messages: ~b~n", [rounds(First, list_to_integer(R), 0)]),
    halt(0).
