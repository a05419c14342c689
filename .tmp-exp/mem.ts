import { heapUsed } from '../lib/bench/measure';
const a = heapUsed();
const big = Array.from({ length: 1e6 }, (_, i) => ({ i, s: `x${i}` }));
const b = heapUsed();
console.log((b - a) / 1e6, big.length);
