#!/usr/bin/python3
"""Renders clinscribe's own test scans into corpora/scans/ (run through scripts/make-test-scans.sh).

Every page is drawn from text written here, so each image has an exact reference text (NAME.txt, one
line per rendered line). Randomness (handwriting jitter, rotation, noise) comes from fixed seeds, so
two runs with the same Pillow/numpy/fonts give byte-identical files.
Needs Debian's python3-pil and python3-numpy and the font packages listed in FONTS.
"""
import io
import json
import os
import random
import re
import struct
import sys
import time
import zlib

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

OUT = sys.argv[1] if len(sys.argv) > 1 else "corpora/scans"

# Fixed PDF dates: Pillow otherwise stamps the current time and the files would differ on each run.
FIXED_DATE = time.strptime("2026-01-01 00:00:00", "%Y-%m-%d %H:%M:%S")

FONTS = {  # name -> (Debian package, font file)
    "serif": ("fonts-dejavu-core", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"),
    "sans": ("fonts-dejavu-core", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    "comicneue": ("fonts-comic-neue", "/usr/share/fonts/opentype/comic-neue/ComicNeue-Regular.otf"),
    "humorsans": ("fonts-humor-sans", "/usr/share/fonts/truetype/humor-sans/Humor-Sans.ttf"),
    "dkg": ("fonts-dkg-handwriting", "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf"),
    "femkeklaver": ("fonts-femkeklaver", "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf"),
    "breip": ("fonts-breip", "/usr/share/fonts/truetype/breip/Breip.ttf"),
    "rufscript": ("fonts-rufscript", "/usr/share/fonts/truetype/rufscript/Rufscript010.ttf"),
    "dancingscript": ("fonts-dancingscript", "/usr/share/fonts/opentype/dancingscript/DancingScript-Regular.otf"),
    "kristi": ("fonts-kristi", "/usr/share/fonts/truetype/kristi/Kristi.ttf"),
}

# Fonts that have capitals only: a reader sees capitals, so the reference text is upper-cased.
CAPITALS_ONLY = {"humorsans"}

NOTES = [
    [
        "HPI: 58 yo male with 3 days of cough and fever.",
        "Productive cough, green sputum, no chest pain.",
        "PMH: hypertension, type 2 diabetes.",
        "Meds: Lisinopril 10 mg PO daily",
        "Metformin 500 mg PO BID with meals",
        "Allergies: penicillin (rash).",
        "Vitals: BP 142/88 HR 96 T 98.6 F RR 18 SpO2 95%",
        "Exam: crackles right lower lobe.",
        "Assessment: community acquired pneumonia.",
        "Plan: azithromycin 500 mg PO day 1 then 250 mg daily",
        "Chest x-ray today, follow up in 48 hours.",
    ],
    [
        "HPI: 34 yo female, headache for 2 weeks, worse in the morning.",
        "No vision change, no weakness, no fever.",
        "Meds: ibuprofen 400 mg PO q6h PRN pain",
        "Sertraline 50 mg PO daily",
        "Allergies: NKDA.",
        "Vitals: BP 128/76 HR 72 T 98.2 F Wt 64 kg",
        "Neuro exam normal, fundi normal.",
        "Assessment: tension type headache, medication overuse.",
        "Plan: stop daily ibuprofen, sleep diary,",
        "return in 4 weeks or sooner if red flags.",
    ],
    [
        "HPI: 71 yo female with shortness of breath on exertion.",
        "Two pillow orthopnea, ankle swelling for 1 week.",
        "PMH: atrial fibrillation, CKD stage 3.",
        "Meds: Furosemide 40 mg PO daily",
        "Apixaban 5 mg PO BID",
        "Metoprolol succinate 50 mg PO daily",
        "Allergies: sulfa drugs (hives).",
        "Vitals: BP 156/92 HR 104 irregular T 97.9 F SpO2 92%",
        "Labs: creatinine 1.6 mg/dL, potassium 4.1 mmol/L",
        "Assessment: acute on chronic heart failure.",
        "Plan: increase furosemide to 40 mg PO BID,",
        "daily weights, BMP in 3 days.",
    ],
    [
        "HPI: 45 yo male, burning epigastric pain after meals.",
        "Dark stools denied. Drinks 3 beers a night.",
        "Meds: omeprazole 20 mg PO daily before breakfast",
        "Allergies: codeine (nausea).",
        "Vitals: BP 134/84 HR 80 T 98.4 F Wt 92 kg",
        "Abdomen soft, mild epigastric tenderness.",
        "Assessment: dyspepsia, rule out H. pylori.",
        "Plan: H. pylori stool antigen, cut down alcohol,",
        "review in 6 weeks.",
    ],
    [
        "HPI: 8 yo boy with sore throat and fever since yesterday.",
        "No cough. Tonsils swollen with exudate.",
        "Meds: acetaminophen 320 mg PO q6h PRN fever",
        "Allergies: amoxicillin (rash).",
        "Vitals: HR 112 T 101.8 F RR 22 Wt 26 kg",
        "Rapid strep test positive.",
        "Assessment: streptococcal pharyngitis.",
        "Plan: cephalexin 500 mg PO BID for 10 days,",
        "fluids, school after 24 hours of antibiotics.",
    ],
    [
        "HPI: 63 yo female for diabetes follow up.",
        "Home glucose 140 to 190 fasting.",
        "Meds: Metformin 1000 mg PO BID",
        "Atorvastatin 20 mg PO at bedtime",
        "Insulin glargine 12 units SC at night",
        "Allergies: latex.",
        "Vitals: BP 138/82 HR 78 T 98.1 F Wt 81 kg",
        "HbA1c 8.2%, LDL 96 mg/dL.",
        "Assessment: type 2 diabetes, not at goal.",
        "Plan: glargine to 16 units, recheck HbA1c in 3 months,",
        "annual eye exam.",
    ],
]

DPI = 300
HALF_PAGE = (2480, 1754)  # A4 width by half its height at 300 dpi
A4 = (2480, 3508)
FORM_DPI = 200
FORM_SIZE = (1654, 2339)  # A4 at 200 dpi


def font(name, size):
    return ImageFont.truetype(FONTS[name][1], size)


def fitted_size(name, lines, size, width):
    """Shrinks the size until the widest line fits: handwriting fonts run much wider than print."""
    while size > 20:
        f = font(name, size)
        if max(f.getlength(line) for line in lines) <= width:
            return size
        size -= 2
    return size


def render_page(lines, name, size, page=HALF_PAGE, hand=False, seed=0, margin=180):
    """Draws lines on a white page. Handwriting gets per-word jitter in baseline, size and ink."""
    rng = random.Random(seed)
    size = fitted_size(name, lines, size, page[0] - 2 * margin - (60 if hand else 0))
    img = Image.new("L", page, 255)
    draw = ImageDraw.Draw(img)
    line_height = int(size * (1.6 if hand else 1.45))
    y = margin
    for line in lines:
        if y + line_height > page[1] - 60:
            raise ValueError("page overflow for " + name)
        x = margin + (rng.randint(-15, 25) if hand else 0)
        for word in line.split(" "):
            if hand:
                wsize = max(16, int(size * rng.uniform(0.93, 1.07)))
                f = font(name, wsize)
                ink = rng.randint(10, 60)
                draw.text((x, y + size + rng.randint(-6, 6)), word, font=f, fill=ink, anchor="ls")
                x += f.getlength(word) + font(name, size).getlength(" ") * rng.uniform(0.9, 1.4)
            else:
                f = font(name, size)
                draw.text((x, y + size), word, font=f, fill=0, anchor="ls")
                x += f.getlength(word + " ")
        y += line_height
    return img


def save_png(img, path, dpi=(DPI, DPI)):
    img.save(path, "PNG", dpi=dpi, optimize=True)


def save_text(lines, path):
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def rotate(img, degrees):
    return img.rotate(degrees, resample=Image.BICUBIC, expand=False, fillcolor=255)


def add_noise(img, sigma, seed):
    a = np.asarray(img, dtype=np.float32)
    rng = np.random.default_rng(seed)
    a = a + rng.normal(0.0, sigma, a.shape)
    # sparse dust specks as a dirty scanner glass leaves
    specks = rng.random(a.shape) < 0.0008
    a[specks] = 40
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")


def low_contrast(img, low=115, high=205):
    a = np.asarray(img, dtype=np.float32)
    return Image.fromarray((low + a * (high - low) / 255.0).astype(np.uint8), "L")


def phone_photo(img, seed):
    """A page photographed at a slight angle under a lamp: tilt, uneven light, soft focus, JPEG."""
    rng = np.random.default_rng(seed)
    w, h = img.size
    tilted = rotate(img, 2.5)
    # keystone: the top edge a little narrower than the bottom, as when the phone leans back
    d = int(w * 0.025)
    coeffs = _perspective_coeffs([(d, 0), (w - d, 0), (w, h), (0, h)], [(0, 0), (w, 0), (w, h), (0, h)])
    warped = tilted.transform((w, h), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=255)
    a = np.asarray(warped.filter(ImageFilter.GaussianBlur(1.4)), dtype=np.float32)
    yy, xx = np.mgrid[0:h, 0:w]
    light = 0.72 + 0.28 * (1 - ((xx - 0.3 * w) ** 2 + (yy - 0.2 * h) ** 2) / (w * w + h * h))
    a = a * light + rng.normal(0, 3, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")


def _perspective_coeffs(src, dst):
    # Solves the 8 coefficients PIL wants, mapping output (dst) points back to input (src) points.
    m = []
    for (x, y), (u, v) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    b = [c for p in src for c in p]
    return np.linalg.solve(np.array(m, dtype=np.float64), np.array(b, dtype=np.float64)).tolist()


def fax(img):
    """Standard-resolution fax: 204x98 dpi, which we round to 200x100, one bit per pixel."""
    w, h = img.size
    small = img.resize((w * 200 // DPI, h * 100 // DPI), Image.BOX)
    return small.point(lambda v: 255 if v > 150 else 0).convert("1")


def save_jpeg(img, path, quality=80, dpi=(DPI, DPI)):
    img.save(path, "JPEG", quality=quality, dpi=dpi, optimize=True)


# ---------------------------------------------------------------- text PDF


def text_pdf(pages, path, font_name="Helvetica", size=11):
    """Writes a minimal PDF whose text is real text (a text layer), one A4 page per list of lines.
    Hand-written so the project needs no PDF tool and the bytes never change."""
    objects = []

    def add(body):
        objects.append(body)
        return len(objects)

    font_id = add(f"<< /Type /Font /Subtype /Type1 /BaseFont /{font_name} /Encoding /WinAnsiEncoding >>".encode())
    pages_id = add(b"")  # filled below
    page_ids = []
    for lines in pages:
        ops = [f"BT /F1 {size} Tf {size * 1.5:.1f} TL 56 770 Td".encode()]
        for line in lines:
            esc = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(b"(" + esc.encode("cp1252") + b") Tj T*")
        ops.append(b"ET")
        stream = b"\n".join(ops)
        content_id = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        page_ids.append(add(
            f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 595 842] "
            f"/Resources << /Font << /F1 {font_id} 0 R >> >> /Contents {content_id} 0 R >>".encode()))
    kids = " ".join(f"{p} 0 R" for p in page_ids)
    objects[pages_id - 1] = f"<< /Type /Pages /Kids [{kids}] /Count {len(page_ids)} >>".encode()
    catalog_id = add(f"<< /Type /Catalog /Pages {pages_id} 0 R >>".encode())
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog_id, xref))
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------- form

FORM_TITLE = "Outpatient Vitals and Intake Form"


def form_layout():
    """The form's boxes in template pixels (A4 at 200 dpi). Returns (fields, drawing ops)."""
    fields = []
    left, right = 110, 1544

    def text_box(name, label, kind, x0, y0, x1, y1, **extra):
        fields.append(dict(name=name, label=label, kind=kind, zone=[x0, y0, x1, y1], **extra))

    y = 300
    text_box("patient_name", "Patient name", "text", 480, y, 1544, y + 80)
    y += 120
    text_box("date_of_birth", "Date of birth", "date", 480, y, 760, y + 80, format="MM/DD/YYYY")
    text_box("visit_date", "Visit date", "date", 1150, y, 1544, y + 80, format="MM/DD/YYYY")
    y += 120
    text_box("mrn", "MRN", "digits", 480, y, 800, y + 80, length=7)
    y += 240  # vitals section heading
    vit = [
        ("blood_pressure", "Blood pressure", "blood_pressure", "mm[Hg]", "mmHg", r"^\d{2,3}/\d{2,3}$"),
        ("heart_rate", "Heart rate", "heart_rate", "/min", "/min", r"^\d{2,3}$"),
        ("temperature", "Temperature", "body_temperature", "[degF]", "F", r"^\d{2,3}(\.\d)?$"),
        ("respiratory_rate", "Respiratory rate", "respiratory_rate", "/min", "/min", r"^\d{1,2}$"),
        ("oxygen_saturation", "SpO2", "oxygen_saturation", "%", "%", r"^\d{2,3}$"),
        ("weight", "Weight", "body_weight", "kg", "kg", r"^\d{1,3}(\.\d)?$"),
    ]
    for i, (name, label, vital, ucum, printed_unit, pattern) in enumerate(vit):
        col, row = i % 2, i // 2
        x0 = 480 if col == 0 else 1220
        yy = y + row * 120
        text_box(name, label, "vital", x0, yy, x0 + 300, yy + 80, vital=vital, unit=ucum,
                 printedUnit=printed_unit, pattern=pattern)
    y += 3 * 120 + 60
    text_box("allergies", "Allergies", "text", 480, y, 1544, y + 80)
    y += 120
    text_box("medications", "Current medications", "text", 480, y, 1544, y + 80)
    y += 120
    text_box("reason_for_visit", "Reason for visit", "text", 480, y, 1544, y + 80)
    y += 260  # history section heading
    questions = [("smoker", "Smoker"), ("diabetes", "Diabetes"), ("anticoagulant", "Takes blood thinners"),
                 ("pregnant", "Pregnant")]
    for i, (group, label) in enumerate(questions):
        yy = y + i * 90
        for value, x0 in (("yes", 900), ("no", 1150)):
            fields.append(dict(name=f"{group}_{value}", label=f"{label}: {value}", kind="checkbox",
                               group=group, value=value, zone=[x0, yy, x0 + 50, yy + 50]))
    return fields, left, right


def draw_form(fields, left, right):
    img = Image.new("L", FORM_SIZE, 255)
    d = ImageDraw.Draw(img)
    title = font("sans", 52)
    label = font("sans", 34)
    small = font("sans", 26)
    head = ImageFont.truetype(FONTS["sans"][1].replace("DejaVuSans", "DejaVuSans-Bold"), 38)
    anchors = []  # printed headings whose boxes help align a scan when the corner marks are cut off

    def heading(xy, text, f):
        d.text(xy, text, font=f, fill=0)
        anchors.append({"text": text, "zone": list(d.textbbox(xy, text, font=f))})

    heading((left, 110), FORM_TITLE, title)
    d.text((left, 190), "Riverside Family Clinic  -  please print clearly", font=small, fill=60)
    d.line([(left, 250), (right, 250)], fill=0, width=4)
    # registration marks in the corners: the form reader aligns scans with them
    for cx, cy in ((60, 60), (FORM_SIZE[0] - 60, 60), (60, FORM_SIZE[1] - 60), (FORM_SIZE[0] - 60, FORM_SIZE[1] - 60)):
        d.rectangle([cx - 20, cy - 20, cx + 20, cy + 20], fill=0)
    vit_head_done = hist_head_done = False
    for f in fields:
        x0, y0, x1, y1 = f["zone"]
        if f["kind"] == "vital" and not vit_head_done:
            heading((left, y0 - 95), "Vital signs", head)
            vit_head_done = True
        if f["kind"] == "checkbox":
            if not hist_head_done:
                heading((left, y0 - 120), "History", head)
                d.text((900, y0 - 75), "yes", font=label, fill=0)
                d.text((1150, y0 - 75), "no", font=label, fill=0)
                hist_head_done = True
            if f["value"] == "yes":
                d.text((left, y0 + 5), f["label"].split(":")[0], font=label, fill=0)
            d.rectangle([x0, y0, x1, y1], outline=0, width=3)
            continue
        lx = left if x0 < 1000 else x0 - 300
        d.text((lx, y0 + 30), f["label"], font=label, fill=0)
        d.line([(x0, y1), (x1, y1)], fill=0, width=2)
        if f["kind"] == "vital":
            d.text((x1 + 12, y0 + 30), f["printedUnit"], font=label, fill=0)
    return img, anchors


FILLED = [
    dict(font="comicneue", seed=31, tick="check", shift=(14, -9), angle=0.8, values={
        "patient_name": "Maria Lopez", "date_of_birth": "03/14/1961", "visit_date": "11/02/2026",
        "mrn": "4481920", "blood_pressure": "142/88", "heart_rate": "96", "temperature": "98.6",
        "respiratory_rate": "18", "oxygen_saturation": "95", "weight": "71.5",
        "allergies": "penicillin - rash", "medications": "lisinopril 10 mg daily",
        "reason_for_visit": "cough and fever 3 days"},
        ticks={"smoker": "no", "diabetes": "yes", "anticoagulant": "no", "pregnant": "no"}),
    dict(font="dkg", seed=32, tick="cross", shift=(-11, 13), angle=-1.4, values={
        "patient_name": "James O'Neill", "date_of_birth": "07/22/1958", "visit_date": "11/03/2026",
        "mrn": "3902177", "blood_pressure": "156/92", "heart_rate": "104", "temperature": "97.9",
        "respiratory_rate": "20", "oxygen_saturation": "92", "weight": "88",
        "allergies": "sulfa", "medications": "apixaban 5 mg BID, furosemide",
        "reason_for_visit": "short of breath, ankle swelling"},
        ticks={"smoker": "yes", "diabetes": "no", "anticoagulant": "yes", "pregnant": "no"}),
    dict(font="breip", seed=33, tick="fill", shift=(6, 18), angle=2.1, values={
        "patient_name": "Aisha Rahman", "date_of_birth": "01/05/1992", "visit_date": "11/04/2026",
        "mrn": "5120346", "blood_pressure": "118/74", "heart_rate": "72", "temperature": "99.1",
        "respiratory_rate": "16", "oxygen_saturation": "99", "weight": "63.2",
        "allergies": "none known", "medications": "prenatal vitamins",
        "reason_for_visit": "headache for 2 weeks"},
        ticks={"smoker": "no", "diabetes": "no", "anticoagulant": "no", "pregnant": "yes"}),
]


def fill_form(template, fields, spec):
    rng = random.Random(spec["seed"])
    img = template.copy()
    d = ImageDraw.Draw(img)
    for f in fields:
        x0, y0, x1, y1 = f["zone"]
        if f["kind"] == "checkbox":
            if spec["ticks"][f["group"]] != f["value"]:
                continue
            j = lambda: rng.randint(-4, 4)
            if spec["tick"] == "check":
                d.line([(x0 + 8 + j(), y0 + 28 + j()), (x0 + 22 + j(), y1 - 6 + j()), (x1 + 10 + j(), y0 - 12 + j())],
                       fill=30, width=6, joint="curve")
            elif spec["tick"] == "cross":
                d.line([(x0 + 6 + j(), y0 + 6 + j()), (x1 - 6 + j(), y1 - 6 + j())], fill=30, width=6)
                d.line([(x1 - 6 + j(), y0 + 6 + j()), (x0 + 6 + j(), y1 - 6 + j())], fill=30, width=6)
            else:
                d.ellipse([x0 + 8 + j(), y0 + 8 + j(), x1 - 8 + j(), y1 - 8 + j()], fill=40)
            continue
        text = spec["values"][f["name"]]
        size = fitted_size(spec["font"], [text], 54, x1 - x0 - 30)
        f_ = font(spec["font"], size)
        d.text((x0 + 15 + rng.randint(0, 20), y1 - 14 + rng.randint(-5, 5)), text, font=f_, fill=25, anchor="ls")
    # the scan: sheet slightly shifted and turned on the glass, light noise, JPEG
    w, h = img.size
    img = img.rotate(spec["angle"], resample=Image.BICUBIC, translate=spec["shift"], fillcolor=255)
    img = add_noise(img.filter(ImageFilter.GaussianBlur(0.6)), 3, spec["seed"])
    return img


def expected_values(fields, spec):
    out = {}
    for f in fields:
        if f["kind"] == "checkbox":
            out[f["name"]] = spec["ticks"][f["group"]] == f["value"]
        else:
            out[f["name"]] = spec["values"][f["name"]]
    return out


def write_json(obj, path):
    with open(path, "w", encoding="utf-8") as f:
        text = json.dumps(obj, indent=2, ensure_ascii=False)
        # boxes on one line: [x0, y0, x1, y1] reads better than four lines
        text = re.sub(r"\[\s+(-?\d+(?:,\s+-?\d+)*)\s+\]", lambda m: "[" + re.sub(r",\s+", ", ", m.group(1)) + "]", text)
        f.write(text + "\n")


# ---------------------------------------------------------------- bad inputs


def png_chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def bad_inputs(bad, good_png, good_jpeg):
    with open(good_png, "rb") as f:
        png = f.read()
    with open(os.path.join(bad, "truncated.png"), "wb") as f:
        f.write(png[: len(png) // 3])
    with open(good_jpeg, "rb") as f:
        jpg = bytearray(f.read())
    # overwrite bytes inside the entropy-coded data and the Huffman tables, keep the SOI marker
    rng = random.Random(7)
    for _ in range(400):
        i = rng.randrange(200, len(jpg) - 2)
        jpg[i] = rng.randrange(256)
    jpg[len(jpg) // 2:len(jpg) // 2 + 64] = b"\x00" * 64
    with open(os.path.join(bad, "corrupt.jpg"), "wb") as f:
        f.write(bytes(jpg[: len(jpg) * 2 // 3]))
    # decompression bomb: the header claims 100000 x 100000 8-bit gray pixels (10 GB); the data is a
    # few KB of zlib that would expand to all of it if a reader trusted the header
    ihdr = struct.pack(">IIBBBBB", 100000, 100000, 8, 0, 0, 0, 0)
    comp = zlib.compressobj(9)
    row = b"\x00" + b"\xff" * 100000
    data = b"".join(comp.compress(row) for _ in range(200)) + comp.flush()
    with open(os.path.join(bad, "bomb-100000x100000.png"), "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) + png_chunk(b"IDAT", data) + png_chunk(b"IEND", b""))
    with open(os.path.join(bad, "not-an-image.png"), "w", encoding="utf-8") as f:
        f.write("This is a plain text file with a .png name.\nBP 120/80\n")
    with open(os.path.join(bad, "empty.png"), "wb"):
        pass


def broken_pdf(good_pdf, path):
    with open(good_pdf, "rb") as f:
        pdf = f.read()
    # cut off mid-stream: no xref, no trailer, no %%EOF
    with open(path, "wb") as f:
        f.write(pdf[: len(pdf) // 2])


# ---------------------------------------------------------------- main


def main():
    for sub in ("print", "handprint", "cursive", "degraded", "multipage", "pdf", "form", "bad"):
        os.makedirs(os.path.join(OUT, sub), exist_ok=True)
    for name, (pkg, path) in FONTS.items():
        if not os.path.exists(path):
            sys.exit(f"missing font {path}: apt-get install {pkg}")

    made = {}

    def page(category, name, lines, font_name, size, hand=False, seed=0, page_size=HALF_PAGE):
        img = render_page(lines, font_name, size, page=page_size, hand=hand, seed=seed)
        path = os.path.join(OUT, category, name)
        if font_name in CAPITALS_ONLY:
            lines = [line.upper() for line in lines]
        save_png(img, path + ".png")
        save_text(lines, path + ".txt")
        made[name] = (img, lines)
        return img

    # printed: 12 pt (50 px at 300 dpi)
    for i, note in enumerate(NOTES):
        fname = "serif" if i < 3 else "sans"
        page("print", f"note{i + 1}-{fname}", note, fname, 50)
    # a full A4 page (two notes, 11 pt) for timing one 300 dpi page
    page("print", "a4-notes1-2-serif", NOTES[0] + [""] + NOTES[1], "serif", 46, page_size=A4)
    made["a4-notes1-2-serif"] = (made["a4-notes1-2-serif"][0], NOTES[0] + NOTES[1])
    save_text(NOTES[0] + [""] + NOTES[1], os.path.join(OUT, "print", "a4-notes1-2-serif.txt"))

    # print-like handwriting: each font writes one note at about 14 pt
    for i, fname in enumerate(["comicneue", "humorsans", "dkg", "femkeklaver", "breip", "rufscript"]):
        page("handprint", f"note{i + 1}-{fname}", NOTES[i], fname, 62, hand=True, seed=100 + i)
    # cursive: each script font writes three notes
    for fname, notes, size in (("dancingscript", (0, 2, 4), 66), ("kristi", (1, 3, 5), 80)):
        for i in notes:
            page("cursive", f"note{i + 1}-{fname}", NOTES[i], fname, size, hand=True, seed=200 + i)

    # degraded copies of some pages above, each with its own reference text
    def degraded(name, source, img, fmt="png", dpi=(DPI, DPI), quality=70):
        path = os.path.join(OUT, "degraded", name)
        if fmt == "png":
            save_png(img, path + ".png", dpi)
        else:
            save_jpeg(img, path + ".jpg", quality=quality, dpi=dpi)
        save_text(made[source][1], path + ".txt")

    src = made["note1-serif"][0]
    degraded("note1-serif-rot2", "note1-serif", rotate(src, 2.0))
    degraded("note4-sans-rot4", "note4-sans", rotate(made["note4-sans"][0], -4.0))
    degraded("note2-serif-blur", "note2-serif", made["note2-serif"][0].filter(ImageFilter.GaussianBlur(2.2)))
    degraded("note5-sans-noise", "note5-sans", add_noise(made["note5-sans"][0], 28, 5), fmt="jpg", quality=40)
    degraded("note3-serif-lowcontrast", "note3-serif", low_contrast(made["note3-serif"][0]))
    degraded("note6-sans-fax", "note6-sans", fax(made["note6-sans"][0]), dpi=(200, 100))
    degraded("note1-serif-photo", "note1-serif", phone_photo(src, 11), fmt="jpg")
    hp = made["note4-femkeklaver"][0]
    degraded("note4-femkeklaver-rot3-noise", "note4-femkeklaver", add_noise(rotate(hp, 3.0), 18, 6), fmt="jpg", quality=45)
    degraded("note3-dkg-photo", "note3-dkg", phone_photo(made["note3-dkg"][0], 12), fmt="jpg")
    degraded("note2-humorsans-fax", "note2-humorsans", fax(made["note2-humorsans"][0]), dpi=(200, 100))
    degraded("note1-dancingscript-blur", "note1-dancingscript",
             made["note1-dancingscript"][0].filter(ImageFilter.GaussianBlur(1.6)))

    # multi-page TIFF: three fax-quality pages, CCITT group 4 as fax software stores them
    tiff_pages = [fax(made[n][0]) for n in ("note1-serif", "note2-serif", "note3-serif")]
    tiff_path = os.path.join(OUT, "multipage", "notes1-3-fax-g4.tif")
    tiff_pages[0].save(tiff_path, "TIFF", save_all=True, append_images=tiff_pages[1:], compression="group4",
                       dpi=(200, 100))
    save_text(NOTES[0] + NOTES[1] + NOTES[2], os.path.join(OUT, "multipage", "notes1-3-fax-g4.txt"))
    # and a grayscale multi-page TIFF at 300 dpi (LZW)
    gray_path = os.path.join(OUT, "multipage", "notes4-5-gray-lzw.tif")
    made["note4-sans"][0].save(gray_path, "TIFF", save_all=True, append_images=[made["note5-sans"][0]],
                               compression="tiff_lzw", dpi=(DPI, DPI))
    save_text(NOTES[3] + NOTES[4], os.path.join(OUT, "multipage", "notes4-5-gray-lzw.txt"))

    # PDFs: one with a real text layer, one that is only a scanned image per page
    text_pdf([NOTES[0], NOTES[1]], os.path.join(OUT, "pdf", "notes1-2-text.pdf"))
    save_text(NOTES[0] + NOTES[1], os.path.join(OUT, "pdf", "notes1-2-text.txt"))
    scans = [phone_photo(made["note3-serif"][0], 13).convert("RGB"), made["note1-comicneue"][0].convert("RGB")]
    buf = []
    for s in scans:  # embed as JPEG like scanner software does; Pillow embeds JPEG data as DCT
        b = io.BytesIO()
        s.save(b, "JPEG", quality=60)
        buf.append(Image.open(io.BytesIO(b.getvalue())))
    buf[0].save(os.path.join(OUT, "pdf", "notes3-1-image-only.pdf"), "PDF", save_all=True, append_images=buf[1:],
                resolution=DPI, creationDate=FIXED_DATE, modDate=FIXED_DATE, producer="clinscribe make-test-scans",
                title="scan")
    save_text(NOTES[2] + NOTES[0], os.path.join(OUT, "pdf", "notes3-1-image-only.txt"))

    # the form: template JSON, empty template image, three filled scans with expected values
    fields, left, right = form_layout()
    template, anchors = draw_form(fields, left, right)
    save_png(template, os.path.join(OUT, "form", "vitals-intake-template.png"), (FORM_DPI, FORM_DPI))
    write_json({
        "form": "vitals-intake",
        "title": FORM_TITLE,
        "version": 1,
        "image": "vitals-intake-template.png",
        "width": FORM_SIZE[0], "height": FORM_SIZE[1], "dpi": FORM_DPI,
        "registrationMarks": [[40, 40, 80, 80], [FORM_SIZE[0] - 80, 40, FORM_SIZE[0] - 40, 80],
                              [40, FORM_SIZE[1] - 80, 80, FORM_SIZE[1] - 40],
                              [FORM_SIZE[0] - 80, FORM_SIZE[1] - 80, FORM_SIZE[0] - 40, FORM_SIZE[1] - 40]],
        "anchors": anchors,
        "fields": fields,
    }, os.path.join(OUT, "form", "vitals-intake.template.json"))
    for i, spec in enumerate(FILLED, 1):
        scan = fill_form(template, fields, spec)
        save_jpeg(scan, os.path.join(OUT, "form", f"vitals-intake-filled{i}.jpg"), quality=70, dpi=(FORM_DPI, FORM_DPI))
        write_json({"template": "vitals-intake.template.json", "handwritingFont": spec["font"],
                    "values": expected_values(fields, spec)},
                   os.path.join(OUT, "form", f"vitals-intake-filled{i}.expected.json"))

    bad = os.path.join(OUT, "bad")
    bad_inputs(bad, os.path.join(OUT, "print", "note1-serif.png"), os.path.join(OUT, "degraded", "note1-serif-photo.jpg"))
    broken_pdf(os.path.join(OUT, "pdf", "notes1-2-text.pdf"), os.path.join(bad, "broken.pdf"))


if __name__ == "__main__":
    main()
