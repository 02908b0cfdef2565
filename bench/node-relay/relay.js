'use strict';
// The relay people would otherwise write on `ws`: pair two clients per room, forward SIGNAL verbatim.
// Usage: node relay.js [PORT]  (or PORT=...). Listens on 127.0.0.1 only.
const { WebSocketServer } = require('ws');

const port = Number(process.argv[2] || process.env.PORT || 8766);
const rooms = new Map(); // room code -> [ws, ws?]
const wss = new WebSocketServer({ host: '127.0.0.1', port, maxPayload: 65536 });
const send = (ws, frame) => ws.readyState === ws.OPEN && ws.send(JSON.stringify(frame));
const refuse = (ws, code, message) => { send(ws, { type: 'ERROR', code, message }); ws.close(1008, message); };

wss.on('connection', (ws) => {
  ws.on('message', (data, isBinary) => {
    let frame;
    try { frame = JSON.parse(data); } catch { return refuse(ws, 1001, 'malformed JSON'); }
    if (isBinary || frame === null || typeof frame !== 'object') return refuse(ws, 1001, 'malformed JSON');
    if (frame.type === 'JOIN') {
      if (ws.room) return refuse(ws, 2002, 'already joined');
      if (typeof frame.room !== 'string' || !/^[A-Z0-9]{8,16}$/.test(frame.room)) return refuse(ws, 1008, 'invalid room');
      const peers = rooms.get(frame.room) || [];
      if (peers.length >= 2) return refuse(ws, 2001, 'room full');
      peers.push(ws);
      rooms.set(frame.room, peers);
      ws.room = frame.room;
      if (peers.length === 2) peers.forEach((p) => send(p, { type: 'PEER_FOUND' }));
    } else if (frame.type === 'SIGNAL') {
      if (!ws.room) return refuse(ws, 2004, 'not joined');
      const other = rooms.get(ws.room).find((p) => p !== ws);
      if (!other) return refuse(ws, 2003, 'no peer');
      if (other.readyState === other.OPEN) other.send(data, { binary: false });
    } else {
      refuse(ws, 1002, 'unknown type');
    }
  });
  ws.on('close', () => {
    const peers = ws.room && rooms.get(ws.room);
    if (!peers) return;
    rooms.delete(ws.room);
    peers.filter((p) => p !== ws).forEach((p) => { send(p, { type: 'PEER_LEFT' }); p.close(1000, 'peer left'); });
  });
});
wss.on('listening', () => console.log(`node relay listening on ws://127.0.0.1:${port}/`));
