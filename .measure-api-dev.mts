import { openDataSource } from "@/lib/data/open-data/open-data-source";
import { findDownload } from "@/lib/open-data/downloads";
import { publicUrls } from "@/lib/open-data/urls";
import { db } from "@/lib/db";

const file = process.argv[2]!;
let peak = 0, heap = 0;
const sample = () => { const m = process.memoryUsage(); peak = Math.max(peak, m.rss); heap = Math.max(heap, m.heapUsed + m.external + m.arrayBuffers); };
const timer = setInterval(sample, 20);
const started = Date.now(); const cpu = process.cpuUsage();
const download = findDownload(file)!;
const body = download.body(openDataSource, { urls: publicUrls("https://tracker.example.org"), generatedAt: new Date(), onError: (e) => console.error(e) });
let bytes = 0;
const reader = body.getReader();
for (;;) { const { done, value } = await reader.read(); if (done) break; bytes += value.byteLength; }
clearInterval(timer); sample();
const c = process.cpuUsage(cpu);
console.log(JSON.stringify({ file, mb: +(bytes / 1e6).toFixed(1), wallS: (Date.now() - started) / 1000, cpuS: +((c.user + c.system) / 1e6).toFixed(1), peakRssMb: Math.round(peak / 1e6), peakHeapMb: Math.round(heap / 1e6) }));
await db.$disconnect();
