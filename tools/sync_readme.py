"""README.md is nbs/index.ipynb's markdown cells (Quarto, which nbdev_readme needs, cannot be installed here).
Its Results table is written into the notebook by tools/results_index.py: run that first.
usage: python tools/sync_readme.py          write README.md from the index notebook
       python tools/sync_readme.py --check  exit 1 if README.md is out of step (CI runs this)"""
import json, re, sys
from pathlib import Path

root = Path(__file__).resolve().parents[1]
cells = json.loads((root/'nbs'/'index.ipynb').read_text())['cells']
text = '\n\n'.join(''.join(c['source']) for c in cells if c['cell_type'] == 'markdown') + '\n'
text = text.replace('](../results/', '](results/')  # the notebook sits in nbs/, README at the root
text = re.sub(r'\]\(([\w-]+\.ipynb)\)', r'](nbs/\1)', text)  # and so do the notebooks it links to
if '--check' in sys.argv:
    if (root/'README.md').read_text() != text: sys.exit('README.md is out of step with nbs/index.ipynb: run python tools/sync_readme.py')
else: (root/'README.md').write_text(text)
