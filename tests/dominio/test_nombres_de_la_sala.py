"""Los nombres de los estados de mociones y enmiendas y de los tipos de intervención viven en un solo lugar,
dominio/sala.py (issue 64): la ventana, la línea de órdenes, el proyector, el acta, la convocatoria y el sitio los
toman de ahí. Cada valor que la base admite tiene su nombre, y ningún otro módulo escribe el suyo."""

import re
from pathlib import Path

from escritorio.dominio import sala

RAIZ = Path(sala.__file__).resolve().parents[1]


def test_cada_estado_y_cada_tipo_que_la_base_admite_tiene_su_nombre():
    assert tuple(sala.NOMBRES_ESTADO_MOCION) == sala.ESTADOS_MOCION
    assert tuple(sala.NOMBRES_ESTADO_ENMIENDA) == sala.ESTADOS_ENMIENDA
    assert tuple(sala.NOMBRES_TIPO_ORADOR) == sala.TIPOS_ORADOR
    # Lo que mociones y enmiendas comparten se llama igual en las dos.
    comunes = set(sala.NOMBRES_ESTADO_MOCION) & set(sala.NOMBRES_ESTADO_ENMIENDA)
    assert {e: sala.NOMBRES_ESTADO_MOCION[e] for e in comunes} == {e: sala.NOMBRES_ESTADO_ENMIENDA[e] for e in comunes}


def test_ningun_otro_modulo_escribe_esos_nombres():
    """Los que solo nombran la sala (los comunes como «Aprobada» también nombran otras cosas del programa)."""
    propios = ("No admitida", "Decaída", "Cuestión de orden")
    patron = re.compile("|".join(rf'["\']{re.escape(n)}["\']' for n in propios), re.IGNORECASE)
    otros = sorted(str(r.relative_to(RAIZ)) for r in RAIZ.rglob("*.py")
                   if r.name != "sala.py" and patron.search(r.read_text(encoding="utf-8")))
    assert otros == []
