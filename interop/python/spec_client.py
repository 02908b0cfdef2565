#!/usr/bin/env python3
"""A SecureChat client written from the specification alone (secure-chat-spec.md §5 and §7), with PyNaCl
and websockets, to prove the wire format interoperates. Not part of the product.

Usage: spec_client.py RELAY_URI ROOM
Prints one event per line (CONNECTED <hex key>, MSG <text>, PEER_LEFT, ERROR <code> <message>) and sends
each stdin line, once connected, as an encrypted MSG. Exits 0 at stdin EOF or when the peer leaves.
"""
import asyncio
import base64
import json
import sys
import threading

import websockets
from nacl.public import Box, PrivateKey, PublicKey


def emit(*parts):
    print(*parts, flush=True)


def start_stdin_reader(loop, queue):
    """A daemon thread, so a blocked readline never holds the process open."""
    def read():
        for line in sys.stdin:
            loop.call_soon_threadsafe(queue.put_nowait, line)
        loop.call_soon_threadsafe(queue.put_nowait, None)
    threading.Thread(target=read, daemon=True).start()


async def pump_stdin(ws, box_ready, state):
    await box_ready.wait()
    queue = asyncio.Queue()
    start_stdin_reader(asyncio.get_running_loop(), queue)
    while (line := await queue.get()) is not None:
        text = line.rstrip("\n")
        if not text:
            continue
        blob = state["box"].encrypt(text.encode("utf-8"))  # nonce(24) || MAC+ciphertext
        await ws.send(json.dumps({"type": "SIGNAL", "kind": "MSG", "payload": base64.b64encode(bytes(blob)).decode()}))
        emit("SENT", text)


async def listen(ws, box_ready, state):
    async for raw in ws:
        frame = json.loads(raw)
        kind = frame.get("type")
        if kind == "PEER_FOUND":
            state["sk"] = PrivateKey.generate()
            pk = base64.b64encode(bytes(state["sk"].public_key)).decode()
            await ws.send(json.dumps({"type": "SIGNAL", "kind": "KEY_EXCHANGE", "key": pk}))
        elif kind == "SIGNAL" and frame.get("kind") == "KEY_EXCHANGE":
            peer = PublicKey(base64.b64decode(frame["key"]))
            state["box"] = Box(state["sk"], peer)
            emit("CONNECTED", bytes(peer).hex())
            box_ready.set()
        elif kind == "SIGNAL" and frame.get("kind") == "MSG":
            text = state["box"].decrypt(base64.b64decode(frame["payload"])).decode("utf-8")
            emit("MSG", text)
        elif kind == "PEER_LEFT":
            emit("PEER_LEFT")
            return
        elif kind == "ERROR":
            emit("ERROR", frame.get("code"), frame.get("message"))
            return


async def main(uri, room):
    async with websockets.connect(uri) as ws:
        await ws.send(json.dumps({"type": "JOIN", "room": room}))
        box_ready, state = asyncio.Event(), {}
        listener = asyncio.create_task(listen(ws, box_ready, state))
        sender = asyncio.create_task(pump_stdin(ws, box_ready, state))
        done, pending = await asyncio.wait({listener, sender}, return_when=asyncio.FIRST_COMPLETED)
        for task in pending:
            task.cancel()
        for task in done:
            task.result()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2]))

