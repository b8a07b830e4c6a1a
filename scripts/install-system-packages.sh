#!/usr/bin/env bash
# Installs the system packages clinscribe needs on a Debian/Ubuntu machine, only those missing.
#   text pipeline: a JDK 17+ and Maven (every text model comes from Maven Central);
#   dictation:     PocketSphinx and its US English acoustic model (the embedded recogniser),
#                  sox with its MP3 format (audio conversion), flite (the test recordings' voices);
#   scans:         Tesseract 5 (libtesseract5, used through Tess4J) with its English model;
#   delivery:      npm, which fetches the FHIR profile packages by name (scripts/fetch-fhir-packages.sh).
# With --test-data it also installs what regenerating the committed test scans needs
# (scripts/make-test-scans.sh): Python imaging, qpdf and the handwriting fonts.
set -euo pipefail

missing=()
need_command() { command -v "$1" >/dev/null 2>&1 || missing+=("$2"); }
need_file() { [ -e "$1" ] || missing+=("$2"); }

need_command javac openjdk-17-jdk-headless
need_command mvn maven
need_command pocketsphinx_continuous pocketsphinx
need_file /usr/share/pocketsphinx/model/en-us/en-us pocketsphinx-en-us
need_command sox sox
need_file /usr/lib/x86_64-linux-gnu/sox/libsox_fmt_mp3.so libsox-fmt-mp3
need_command flite flite
need_command tesseract tesseract-ocr
need_file /usr/share/tesseract-ocr/5/tessdata/eng.traineddata tesseract-ocr-eng
need_command npm npm

if [ "${1:-}" = "--test-data" ]; then
  /usr/bin/python3 -c 'import PIL, numpy' 2>/dev/null || missing+=(python3-pil python3-numpy)
  need_command qpdf qpdf
  for font in fonts-dejavu-core fonts-comic-neue fonts-humor-sans fonts-dkg-handwriting fonts-femkeklaver \
              fonts-breip fonts-rufscript fonts-dancingscript fonts-kristi; do
    dpkg -s "$font" >/dev/null 2>&1 || missing+=("$font")
  done
fi

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  sudo=sudo
else
  sudo=
fi
echo "installing: ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
