#!/usr/bin/env python3
"""Writes the hand-made seed inputs of every target under fuzz/corpus/TARGET/seed-*. Deterministic; rerun after
changing it. AFL's finds live beside them as id-* files (see run.sh)."""
import base64, json, os, random

rng = random.Random(2026)
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")
b64 = lambda n: base64.b64encode(bytes(rng.randrange(256) for _ in range(n))).decode()
compact = lambda o: json.dumps(o, separators=(",", ":"))

legacy = {
    "join": compact({"type": "JOIN", "room": "ABCD1234"}),
    "join-16": compact({"type": "JOIN", "room": "ABCDEFGHIJKLMNOP"}),
    "join-escaped": '{"type":"JOIN","room":"\\u0041BCD1234"}',
    "join-lowercase": compact({"type": "JOIN", "room": "abcd1234"}),
    "join-short": compact({"type": "JOIN", "room": "ABC"}),
    "join-newline": '{"type":"JOIN","room":"ABCD1234\\n"}',
    "join-number": '{"type":"JOIN","room":12345678}',
    "peer-found": compact({"type": "PEER_FOUND"}),
    "peer-left": compact({"type": "PEER_LEFT"}),
    "error": compact({"type": "ERROR", "code": 2001, "message": "Room is full"}),
    "error-unicode": '{"type":"ERROR","code":-1,"message":"\\u00e9\\ud83d\\ude00 caf\u00e9"}',
    "key": compact({"type": "SIGNAL", "kind": "KEY_EXCHANGE", "key": b64(32)}),
    "key-short": compact({"type": "SIGNAL", "kind": "KEY_EXCHANGE", "key": b64(31)}),
    "msg": compact({"type": "SIGNAL", "kind": "MSG", "payload": b64(64)}),
    "msg-min": compact({"type": "SIGNAL", "kind": "MSG", "payload": b64(40)}),
    "msg-unpadded": '{"type":"SIGNAL","kind":"MSG","payload":"' + b64(41).rstrip("=") + '"}',
    "msg-whitespace": '{"type":"SIGNAL","kind":"MSG","payload":"' + b64(45)[:8] + ' ' + b64(45)[8:] + '"}',
    "unknown-field": compact({"type": "PEER_FOUND", "extra": 1}),
    "unknown-type": compact({"type": "HELLO"}),
    "unknown-kind": compact({"type": "SIGNAL", "kind": "hs9"}),
    "duplicate": '{"type":"JOIN","type":"SIGNAL","room":"ABCD1234"}',
    "nested": '{"type":"SIGNAL","kind":{"a":[1,2,{"b":null}]}}',
    "array": '[{"type":"PEER_FOUND"}]',
    "trailing": '{"type":"PEER_FOUND"} {}',
    "empty": "",
    "null": "null",
    "bom": "\ufeff" + compact({"type": "PEER_LEFT"}),
    "lone-surrogate-escape": '{"type":"JOIN","room":"\\ud800BCD1234"}',
}

suite = "CPACE-RISTR255-SHA512+XWING+BLAKE2B+SECRETSTREAM"
def hs(kind, **fields):
    return compact({"type": "SIGNAL", "kind": kind, **fields, "p": "tchat/2"})
hardened = {
    "hs1": hs("hs1", suites=suite + ",OTHER-SUITE", nA=b64(32), pkX=b64(1216), cm=b64(32)),
    "hs2": hs("hs2", suite=suite, nB=b64(32), Yb=b64(32), ctX=b64(1120)),
    "hs3": hs("hs3", Ya=b64(32), tagA=b64(32), hdrA=b64(24)),
    "hs4": hs("hs4", tagB=b64(32), hdrB=b64(24)),
    "hs4-extra": hs("hs4", tagB=b64(32), hdrB=b64(24), Ya=b64(32)),
    "hs4-pad-bits": hs("hs4", tagB=b64(32)[:-2] + "B=", hdrB=b64(24)),
    "hs3-wrong-p": compact({"type": "SIGNAL", "kind": "hs3", "Ya": b64(32), "tagA": b64(32), "hdrA": b64(24), "p": "tchat/1"}),
    "hs1-empty-suite": hs("hs1", suites="A,,B", nA=b64(32), pkX=b64(1216), cm=b64(32)),
    "msg-256": compact({"type": "SIGNAL", "kind": "msg", "p": "tchat/2", "c": b64(256 + 17)}),
    "msg-1024": compact({"type": "SIGNAL", "kind": "msg", "p": "tchat/2", "c": b64(1024 + 17)}),
    "msg-short": compact({"type": "SIGNAL", "kind": "msg", "p": "tchat/2", "c": b64(200)}),
    "msg-extra": compact({"type": "SIGNAL", "kind": "msg", "p": "tchat/2", "c": b64(273), "x": 1}),
    "hs4-lone-surrogate": '{"type":"SIGNAL","kind":"hs4","tagB":"\\udc00","p":"tchat/2"}',
}

inspector = {
    "signal-any": '{"type":"SIGNAL","anything":{"goes":[1,2,3]}}',
    "room-first": '{"room":"ABCD1234","type":"JOIN"}',
    "room-escaped-all": '{"type":"JOIN","room":"' + "".join("\\u%04X" % ord(c) for c in "ABCDEFGHIJKLMNOP") + '"}',
    "room-lone-surrogate": '{"type":"JOIN","room":"\\uD800\\u0041BCDEFGH"}',
    "type-escaped": '{"t\\u0079pe":"SIGNAL"}',
    "type-object": '{"type":{"x":"SIGNAL"}}',
    "forbidden": compact({"type": "PEER_FOUND"}),
    "comment": '{"type":"SIGNAL"/*c*/}',
    "deep": '{"type":"SIGNAL","x":' + "[" * 70 + "]" * 70 + "}",
}

sanitize = {
    "plain": "hello, world",
    "csi": "red \x1b[31mtext\x1b[0m",
    "osc-title": "\x1b]0;pwned\x07after",
    "osc-st": "\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\",
    "dcs": "\x1bPq#0;2;0;0;0\x1b\\x",
    "c1-csi": "\u009b31mred",
    "c1-osc": "\u009d0;t\u009cok",
    "charset": "\x1b(Babc\x1b#8",
    "controls": "a\tb\nc\rd\x00e\x7ff\x08g",
    "bidi": "abc\u202edcba\u2066x\u2069\u200e\u061c",
    "emoji": "smile \U0001F600 ok",
    "esc-end": "abc\x1b",
    "esc-pair": "\x1b\U0001F600x",
    "csi-unterminated": "\x1b[1;2;3",
    "unicode": "caf\u00e9 \u4e2d\u6587 \u05e9\u05dc\u05d5\u05dd",
}

invite = {
    "valid": "ABCD1234-abacus-abdomen-abdominal",
    "valid-mixed-case": "  abcd1234-Abacus-ABDOMEN-abdominal \n",
    "spaces": "ABCD1234 - abacus - abdomen - abdominal",
    "two-words": "ABCD1234-abacus-abdomen",
    "four-words": "ABCD1234-abacus-abdomen-abdominal-abide",
    "bad-word": "ABCD1234-abacus-abdomen-zzzzzz",
    "short-room": "ABC-abacus-abdomen-abdominal",
    "long-room": "ABCDEFGHIJKLMNOPQ-abacus-abdomen-abdominal",
    "empty-word": "ABCD1234--abdomen-abdominal",
    "dotless-i": "ROOM\u0131D01-abacus-abdomen-abdominal",
    "kelvin": "ABCD1234-abacus-abdomen-abdominal\u212a",
    "dashes": "----",
    "empty": "",
}

def write(target, seeds, encode=lambda s: s.encode("utf-8", "surrogatepass")):
    folder = os.path.join(root, target)
    os.makedirs(folder, exist_ok=True)
    for name, text in seeds.items():
        with open(os.path.join(folder, "seed-" + name), "wb") as f:
            f.write(encode(text))

write("codec", legacy)
write("hardened", {**hardened, **{k: legacy[k] for k in ("key", "msg", "unknown-kind", "nested", "empty")}})
write("inbound", {**{k: legacy[k] for k in ("join", "error", "key", "msg", "unknown-field", "unknown-kind", "trailing")},
                  **{k: hardened[k] for k in ("hs1", "hs2", "hs3", "hs4", "msg-256", "msg-short", "hs4-lone-surrogate")}})
write("inspector", {**inspector, **{k: legacy[k] for k in ("join", "join-escaped", "join-number", "key", "peer-left", "error",
                                                           "duplicate", "array", "trailing", "empty", "bom")},
                    "hs3": hardened["hs3"]})
with open(os.path.join(root, "inspector", "seed-invalid-utf8"), "wb") as f:
    f.write(b'{"type":"SIGNAL","x":"\xff\xfe"}')
write("sanitize", {**sanitize, "lone-surrogates": "a\ud800b\udc00c\x1b\ud83d"})
write("invite", invite)
