import json, re, subprocess, html, unicodedata, sys
sys.path.insert(0, "/work/blind/r6/src")
def norm(s): return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip().casefold()
def text(f):
    if f.endswith(".pdf"): return subprocess.run(["pdftotext", f, "-"], capture_output=True, text=True).stdout
    if f.endswith(".docx"):
        import docx
        d = docx.Document(f); out = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                for c in r.cells: out.append(c.text)
        return "\n".join(out)
    s = open(f).read()
    if f.endswith(".html"): s = html.unescape(re.sub(r"<[^>]+>", " ", s))
    return s.replace("\n> ", "\n").replace("\n>", "\n")
g = json.load(open("gold.json"))
import os
print(sorted(os.listdir(".")))
for d in g["documents"]:
    t = norm(text(d["file"])); t2 = t.replace("- ", "-")
    miss = []
    def chk(s, what):
        if norm(s) not in t and norm(s) not in t2: miss.append((what, s))
    for it in d["items"]:
        chk(it["title"], f"title {it['n']}")
        if it.get("case"): chk(it["case"], "case")
        for a in it.get("attachments", []): chk(a, "att")
        if "decision_has" in it: chk(it["decision_has"], f"dec {it['n']}")
        if "proposer" in it: chk(it["proposer"] + " indstiller", f"prop {it['n']}")
    for f in d["followups"]:
        if not any(norm(k) in t for k in f["key"]): miss.append(("fu", f["key"]))
        for k in f["key"]:
            if norm(k) not in t: miss.append(("fu-key-absent(ok?)", k))
    for nf in d["not_followups"]:
        for k in nf["key"]:
            if norm(k) not in t: miss.append(("nf", k))
        for f in d["followups"]:
            if f["item"] == nf["item"]:
                for k in nf["key"]:
                    for fk in f["key"]:
                        if norm(k) in norm(fk) or norm(fk) in norm(k): miss.append(("overlap", k, fk))
    print(d["file"], len(d["items"]), miss)
