#!/bin/sh
# Makes clinscribe's own test scans under corpora/scans/ (see corpora/scans/README.md):
# clinical notes rendered in print, handwriting and cursive fonts, degraded copies (rotation, blur,
# noise, low contrast, fax, phone photo), multi-page TIFFs, a text PDF and an image-only PDF, a
# clinical intake form with filled scans and expected values, and bad inputs.
# Fixed seeds: running it twice gives the same bytes.
# Needs (Debian; scripts/install-system-packages.sh --test-data installs them): python3-pil python3-numpy qpdf fonts-dejavu-core fonts-comic-neue fonts-humor-sans
#   fonts-dkg-handwriting fonts-femkeklaver fonts-breip fonts-rufscript fonts-dancingscript fonts-kristi
set -eu
cd "$(dirname "$0")/.."
OUT=corpora/scans
# Debian's python carries python3-pil and python3-numpy; a pyenv python on PATH may not.
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
"$PY" -c 'import PIL, numpy' 2>/dev/null || { echo "needs python3-pil and python3-numpy (apt-get install python3-pil python3-numpy)" >&2; exit 1; }
"$PY" scripts/make-test-scans.py "$OUT"
# Encrypted PDF: user password "clinic", AES-128 (R4), whose key follows from password and id: with
# qpdf's static id and IV the bytes stay the same (AES-256 would draw a random key each run).
if command -v qpdf >/dev/null 2>&1; then
  rm -f "$OUT/bad/encrypted.pdf"
  qpdf --static-id --static-aes-iv --encrypt clinic owner-secret 128 --use-aes=y -- \
    "$OUT/pdf/notes1-2-text.pdf" "$OUT/bad/encrypted.pdf"
else
  echo "qpdf not installed: skipped $OUT/bad/encrypted.pdf (apt-get install qpdf)" >&2
fi
