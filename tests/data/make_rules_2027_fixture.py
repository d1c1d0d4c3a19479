#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
# Writes tests/data/rules-2027-fixture/: a FAKE 2027 value (the latest bundled value copied) for
# every bundled parameter whose horizon ends in 2026. Test fixture only; run from the source root.
import xml.etree.ElementTree as ET, glob, os
from xml.sax.saxutils import quoteattr, escape
out='tests/data/rules-2027-fixture'
for f in sorted(glob.glob('rules/*.xml')+glob.glob('rules/municipalities/*.xml')):
    root=ET.parse(f).getroot()
    default=root.get('known_until')
    ext=[]
    for p in root.findall('parameter'):
        h=p.get('known_until') or default
        if not h.startswith('2026'): continue
        last=p.findall('value')[-1]
        rows=last.findall('row')
        src=quoteattr('TEST FIXTURE: a fake value for the tests, NOT a legal value (the latest bundled value copied)')
        s=f'  <extend name="{p.get("name")}">\n    <value from="2027-01-01" status="unconfirmed" note="FAKE test value" source={src}'
        if p.get('type')=='table':
            s+='>\n'+''.join('      <row '+' '.join(f'{k}={quoteattr(v)}' for k,v in r.attrib.items())+'/>\n' for r in rows)+'    </value>\n'
        else:
            s+='>'+escape((last.text or '').strip())+'</value>\n'
        s+='  </extend>\n'
        ext.append(s)
    if not ext: continue
    name=os.path.relpath(f,'rules').replace('/','_')
    schema='../../../rules/rules.xsd'
    with open(os.path.join(out,name),'w') as o:
        o.write('<?xml version="1.0" encoding="UTF-8"?>\n<!-- TEST FIXTURE, NOT LEGAL VALUES: a complete but FAKE 2027 set for every parameter of\n     rules/'+os.path.relpath(f,'rules')+' whose horizon ends in 2026 (the 2026 values copied), layered over rules/ (option rules-local) by tests/cli/horizon_cli.sh.\n     Made by tests/data/make_rules_2027_fixture.py. -->\n')
        o.write(f'<rules xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n       xsi:noNamespaceSchemaLocation="{schema}"\n       area="test_fixture" title="TEST FIXTURE: fake 2027 values, not legal values"\n       known_until="2027-12-31">\n')
        o.write(''.join(ext))
        o.write('</rules>\n')
