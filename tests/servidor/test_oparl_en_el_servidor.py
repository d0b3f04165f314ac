"""Las fechas de OParl (`created`, `modified`) también desde una base del servidor (issue 62 §3): la bitácora y sus
sellos se leen con el papel de secretaría, las fechas salen en la forma de OParl, y dos publicaciones sin nada nuevo
dan los mismos archivos. Contra un PostgreSQL de verdad, con la demo subida."""

import json
import re
import time

from escritorio.servicios.asociaciones import editar_asociacion
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.publicacion import publicar

FECHA_Y_HORA = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00$")


def _fechas(sitio) -> dict[str, tuple[str, str]]:
    fechas = {}
    for ruta in sorted((sitio / "oparl").rglob("*.json")):
        objeto = json.loads(ruta.read_text(encoding="utf-8"))
        if "type" in objeto:
            fechas[objeto["id"]] = (objeto["created"], objeto["modified"])
    return fechas


def test_publicar_desde_el_servidor_da_las_fechas_de_la_bitacora(demo_en_el_servidor, login_pg, tmp_path):
    lucia = login_pg(demo_en_el_servidor, "lucia", "secretaria")
    sitio = tmp_path / "sitio"
    db = abrir_base(lucia)
    try:
        time.sleep(1.1)   # las fechas de OParl van en segundos: el cambio, en otro que el de la subida
        editar_asociacion(Contexto(db, 1), direccion_publica="https://redsur.ejemplo.org/transparencia")
        publicar(Contexto(db, 1), sitio)
        antes = {r: r.read_bytes() for r in sorted((sitio / "oparl").rglob("*.json"))}
        segunda = publicar(Contexto(db, 1), sitio)
    finally:
        db.close()
    assert not segunda.escritos
    assert {r: r.read_bytes() for r in sorted((sitio / "oparl").rglob("*.json"))} == antes
    fechas = _fechas(sitio)
    assert len(fechas) > 700
    for creado, cambiado in fechas.values():
        assert FECHA_Y_HORA.match(creado) and FECHA_Y_HORA.match(cambiado) and creado <= cambiado
    # El Body cambió después de su alta: se le fijó la dirección pública.
    cuerpo = next(par for i, par in fechas.items() if i.endswith("/oparl/body.json"))
    assert cuerpo[0] < cuerpo[1]
