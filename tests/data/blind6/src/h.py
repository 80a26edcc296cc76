"""Helpers for python-docx: fields, boxes, multi-level numbering, dotted-leader tabs."""
from docx import Document
from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor


def field(run, instr):
    for kind in ("begin", "instr", "separate", "text", "end"):
        if kind == "instr":
            el = OxmlElement("w:instrText"); el.set(qn("xml:space"), "preserve"); el.text = instr
        elif kind == "text":
            el = OxmlElement("w:t"); el.text = "1"
        else:
            el = OxmlElement("w:fldChar"); el.set(qn("w:fldCharType"), kind)
        run._r.append(el)


def side_x_af_y(p):
    p.add_run("Side ")
    field(p.add_run(), "PAGE")
    p.add_run(" af ")
    field(p.add_run(), "NUMPAGES")


def borders(table, val="single", sz=8):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), val); e.set(qn("w:sz"), str(sz)); e.set(qn("w:space"), "0"); e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), fill)
    tcPr.append(s)


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def multilevel(doc, levels):
    """levels: list of (lvlText, indent_twips). Returns numId of a new multi-level decimal list."""
    numbering = doc.part.numbering_part.element
    aids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    nids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    aid, nid = max(aids + [0]) + 1, max(nids + [0]) + 1
    absn = OxmlElement("w:abstractNum"); absn.set(qn("w:abstractNumId"), str(aid))
    m = OxmlElement("w:multiLevelType"); m.set(qn("w:val"), "multilevel"); absn.append(m)
    for i, (txt, ind) in enumerate(levels):
        lvl = OxmlElement("w:lvl"); lvl.set(qn("w:ilvl"), str(i))
        for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:lvlText", txt), ("w:lvlJc", "left")):
            e = OxmlElement(tag); e.set(qn("w:val"), val); lvl.append(e)
        ppr = OxmlElement("w:pPr"); ii = OxmlElement("w:ind"); ii.set(qn("w:left"), str(ind)); ii.set(qn("w:hanging"), "567")
        ppr.append(ii); lvl.append(ppr)
        absn.append(lvl)
    first = numbering.find(qn("w:num"))
    if first is not None:
        first.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num"); num.set(qn("w:numId"), str(nid))
    r = OxmlElement("w:abstractNumId"); r.set(qn("w:val"), str(aid)); num.append(r)
    numbering.append(num)
    return nid


def numbered(p, num_id, ilvl):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    a = OxmlElement("w:ilvl"); a.set(qn("w:val"), str(ilvl))
    b = OxmlElement("w:numId"); b.set(qn("w:val"), str(num_id))
    numpr.append(a); numpr.append(b)
    ppr.insert(0, numpr)
