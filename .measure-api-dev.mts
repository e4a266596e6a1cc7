import { Writable } from "node:stream";
import { openDataSource } from "@/lib/data/open-data/open-data-source";
import { findDownload } from "@/lib/open-data/downloads";
import { publicUrls } from "@/lib/open-data/urls";
import { db } from "@/lib/db";

const file = process.argv[2]!;
let peak = 0;
const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 20);
const started = Date.now();
const download = findDownload(file)!;
const body = download.body(openDataSource, { urls: publicUrls("https://tracker.example.org"), generatedAt: new Date(), onError: (e) => console.error(e) });
let bytes = 0;
const reader = body.getReader();
for (;;) { const { done, value } = await reader.read(); if (done) break; bytes += value.byteLength; }
clearInterval(timer);
peak = Math.max(peak, process.memoryUsage().rss);
console.log(JSON.stringify({ file, bytes, seconds: (Date.now() - started) / 1000, peakRssMb: Math.round(peak / 1e6) }));
await db.$disconnect();
