#!/usr/bin/env python3
"""Reads NewsGraph output with an independent JSON-LD processor (rdflib) and checks what the contract promises.

Usage: check_jsonld.py OUTPUT_DIR_OR_FILE [...]

For every file: it parses as JSON-LD without any network access; there are no blank nodes; every anchored
node (nif:referenceContext + nif:beginIndex + nif:endIndex) lies inside its context's nif:isString, and its
nif:anchorOf equals text[begin:end] (offsets in code points, end exclusive); every entity mention points to
a schema:Person, schema:Organization or schema:Place. Exits 1 on the first file that breaks a rule.
"""
import sys
from pathlib import Path

import rdflib
from rdflib import RDF, BNode, URIRef

NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
ITS = "http://www.w3.org/2005/11/its/rdf#"
SCHEMA = "http://schema.org/"


def check(path):
    g = rdflib.Graph()
    g.parse(path, format="json-ld")
    problems = []
    for s, p, o in g:
        if isinstance(s, BNode) or isinstance(o, BNode):
            problems.append(f"blank node in triple {s} {p} {o}")
            break
    texts = {ctx: str(t) for ctx, t in g.subject_objects(URIRef(NIF + "isString"))}
    anchored = 0
    for node, ctx in g.subject_objects(URIRef(NIF + "referenceContext")):
        b = g.value(node, URIRef(NIF + "beginIndex"))
        e = g.value(node, URIRef(NIF + "endIndex"))
        if b is None or e is None:
            continue
        b, e = int(b), int(e)
        text = texts.get(ctx)
        if text is None:
            problems.append(f"{node}: context {ctx} has no nif:isString")
            continue
        if not 0 <= b <= e <= len(text):
            problems.append(f"{node}: span {b},{e} outside text of length {len(text)}")
            continue
        anchor = g.value(node, URIRef(NIF + "anchorOf"))
        if anchor is None:
            problems.append(f"{node}: anchored node without nif:anchorOf")
        elif str(anchor) != text[b:e]:
            problems.append(f"{node}: anchorOf {str(anchor)!r} != text[{b}:{e}] {text[b:e]!r}")
        anchored += 1
    types = {URIRef(SCHEMA + t) for t in ("Person", "Organization", "Place")}
    for mention, entity in g.subject_objects(URIRef(ITS + "taIdentRef")):
        if not set(g.objects(entity, RDF.type)) & types:
            problems.append(f"{mention}: entity {entity} has no schema:Person/Organization/Place type")
    return len(g), anchored, problems


def main():
    files = []
    for arg in sys.argv[1:]:
        p = Path(arg)
        files.extend(sorted(p.rglob("*.jsonld")) if p.is_dir() else [p])
    if not files:
        sys.exit("check_jsonld.py: no .jsonld files given")
    failed = 0
    for f in files:
        triples, anchored, problems = check(f)
        status = "ok" if not problems else "FAILED"
        print(f"{status}: {f}: {triples} triples, {anchored} anchored nodes")
        for problem in problems[:20]:
            print(f"  {problem}")
        failed += bool(problems)
    print(f"{len(files) - failed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
