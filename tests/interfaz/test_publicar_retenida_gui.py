"""Archivo › Publicar el sitio… con un acta aprobada forjada con sqlite3 (issue 58, punto 1): la ventana publica el
resto del sitio, no el acta, y lo dice en su resultado."""

import hashlib
import json

import pytest

from ayudas import leer, oficina_de, sql
from escritorio.interfaz.dialogos.publicar import DialogoPublicar
from escritorio.servicios.base import abrir_base

pytestmark = pytest.mark.usefixtures("un_error_en_pantalla_falla")


def test_el_acta_forjada_no_se_publica_y_la_ventana_lo_dice(qtbot, copia_de_la_demo, tmp_path):
    [(congeladas,)] = leer(copia_de_la_demo, "SELECT sql FROM sqlite_master WHERE name = 'actas_congeladas'")
    [(contenido,)] = leer(copia_de_la_demo, "SELECT contenido FROM actas WHERE sesion_id = 1")
    datos = json.loads(contenido)
    datos["apertura"] = (datos["apertura"] or "") + " [FORJADO]"
    huella = hashlib.sha256(json.dumps(datos, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()
    sql(copia_de_la_demo, "DROP TRIGGER actas_congeladas")
    sql(copia_de_la_demo, "UPDATE actas SET contenido = ?, huella = ? WHERE sesion_id = 1",
        parametros=(json.dumps(datos, ensure_ascii=False), huella))
    sql(copia_de_la_demo, congeladas)

    db = abrir_base(copia_de_la_demo)
    try:
        dialogo = DialogoPublicar(oficina_de(db))
        qtbot.addWidget(dialogo)
        dialogo.show()
        sitio = tmp_path / "sitio"
        dialogo.carpeta.setText(str(sitio))
        assert dialogo.publicar()
        texto = dialogo.veredicto.text()
        assert texto.startswith(f"Sitio publicado en {sitio}")
        assert "El acta de la sesión del 20/11/2025 (Asamblea General de Socios) no se publicó" in texto
        assert not (sitio / "actas" / "acta-1.pdf").exists() and (sitio / "actas" / "acta-2.pdf").exists()
        assert all("FORJADO" not in p.read_text(encoding="utf-8") for p in sitio.rglob("*.html"))
    finally:
        db.close()
