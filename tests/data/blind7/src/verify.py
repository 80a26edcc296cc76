"""Check that every gold string occurs in the document text (as a human would read it)."""
import json, os, re, sys, unicodedata, html
sys.path.insert(0, "/work/shared/check")
from score_minutes import norm
import docx, pypdfium2

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def text(f):
    p = os.path.join(D, f)
    if f.endswith(".pdf"):
        pdf = pypdfium2.PdfDocument(p)
        return "\n".join(pg.get_textpage().get_text_range() for pg in pdf)
    if f.endswith(".docx"):
        return "\n".join(x.text for x in docx.Document(p).paragraphs)
    s = open(p, encoding="utf-8").read()
    if f.endswith(".html"):
        s = html.unescape(re.sub(r"<[^>]+>", " ", s))
    return s
g = json.load(open(os.path.join(D, "gold.json")))
bad = 0
for doc in g["documents"]:
    t = norm(text(doc["file"]).replace("-\n", "-"))
    checks = [doc["location"]]
    for it in doc["items"]:
        checks += [it["title"], it.get("case") or "", it.get("proposer", ""), it.get("decision_has", "")] + it.get("attachments", []) + it.get("absent", [])
    for f in doc["followups"] + doc["not_followups"]:
        for k in f["key"]:
            if norm(k) not in t:
                print(doc["file"], "KEY missing", k); bad += 1
    for c in checks:
        if c and norm(c) not in t:
            print(doc["file"], "missing", c); bad += 1
print("problems", bad)
