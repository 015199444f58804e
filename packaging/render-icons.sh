#!/bin/sh
# Renders the app icon (assets/icons/journey-canvas.svg) at the sizes each system needs: PNGs for the window and
# Linux, an .ico for Windows and an .icns for macOS. Needs ImageMagick and Python 3; run it after changing the SVG
# and commit what it writes.
set -e
cd "$(dirname "$0")/../assets/icons"
for size in 16 24 32 48 64 128 256 512 1024; do
  convert -background none -density 300 journey-canvas.svg -resize "${size}x${size}" "journey-canvas-$size.png"
done
convert journey-canvas-16.png journey-canvas-24.png journey-canvas-32.png journey-canvas-48.png \
  journey-canvas-64.png journey-canvas-256.png journey-canvas.ico
# An .icns is a header and PNGs tagged with their size.
python3 - <<'PY'
import struct
entries = b""
for tag, size in ((b"ic07", 128), (b"ic08", 256), (b"ic09", 512), (b"ic10", 1024)):
    data = open("journey-canvas-%d.png" % size, "rb").read()
    entries += tag + struct.pack(">I", len(data) + 8) + data
open("journey-canvas.icns", "wb").write(b"icns" + struct.pack(">I", len(entries) + 8) + entries)
PY
rm journey-canvas-1024.png
