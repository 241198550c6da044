// Renders app/icon.svg to the PNG icons Next.js serves by file convention:
// app/apple-icon.png (180 px) and app/favicon.ico (16, 32 and 48 px PNGs in an
// ICO container, which every browser since Vista-era IE reads), and the web app
// manifest's public/icons/icon-192.png and icon-512.png (app/manifest.ts). Run it
// after changing the SVG: npx tsx scripts/make-icons.ts
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

import { launchBrowser } from "../tests/helpers/browser";

const appDir = path.join(import.meta.dirname, "..", "app");
const iconsDir = path.join(import.meta.dirname, "..", "public", "icons");

async function render(svg: string, size: number): Promise<Buffer> {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<body style="margin:0;background:transparent">` +
        `<img src="data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}" width="${size}" height="${size}" style="display:block">`,
    );
    return await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  } finally {
    await browser.close();
  }
}

/** An ICO file whose images are PNGs: a 6-byte header, a 16-byte entry per image, then the images. */
function ico(images: Array<{ size: number; png: Buffer }>): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // width (0 means 256)
    entry.writeUInt8(size >= 256 ? 0 : size, 1); // height
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((image) => image.png)]);
}

const svg = await readFile(path.join(appDir, "icon.svg"), "utf8");
await writeFile(path.join(appDir, "apple-icon.png"), await render(svg, 180));
const sizes = [16, 32, 48];
const images = await Promise.all(sizes.map(async (size) => ({ size, png: await render(svg, size) })));
await writeFile(path.join(appDir, "favicon.ico"), ico(images));
await mkdir(iconsDir, { recursive: true });
for (const size of [192, 512]) await writeFile(path.join(iconsDir, `icon-${size}.png`), await render(svg, size));
console.log(`wrote app/apple-icon.png, app/favicon.ico (${sizes.join(", ")} px) and public/icons/icon-{192,512}.png`);
