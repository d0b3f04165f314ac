"""Issue 12 (ayudante C): lo que se escribe (o se pega) en los formularios de la ventana llega al mismo servicio
que la línea de órdenes; un texto que no se puede guardar se explica en el formulario con el mensaje del servicio
y no se guarda nada (se comprueba contando filas en la base, también después de cerrar y volver a abrir).

La lista de los puntos de entrada está en tests/cli/test_cli_textos_hostiles.py. Con la variable
ESCRITORIO_CAPTURAS_PRUEBAS=CARPETA, cada prueba guarda una captura del mensaje para mirarla.
"""

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox, QWizard

from escritorio.interfaz.dialogos.baja import DialogoBaja
from escritorio.interfaz.dialogos.bienvenida import AsistenteAsociacion
from escritorio.interfaz.dialogos.cargar_norma import DialogoCargarNorma
from escritorio.interfaz.dialogos.ficha_miembro import DialogoFichaMiembro
from escritorio.interfaz.dialogos.organo import DialogoNuevoOrgano
from escritorio.interfaz.dialogos.sesion.formularios import DialogoConvocar, DialogoFeDeErratas, DialogoInvitado
from escritorio.servicios.asociaciones import listar_asociaciones
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.miembros import listar_miembros
from escritorio.servicios.organos import listar_organos
from escritorio.servicios.sesiones import listar_sesiones
from ayudas import oficina_de

CAPTURAS = Path(os.environ["ESCRITORIO_CAPTURAS_PRUEBAS"]) if os.environ.get("ESCRITORIO_CAPTURAS_PRUEBAS") else None

BEL, ESC, NUL, BIDI = "\x07", "\x1b", "\x00", "\u202e"


def capturar(widget, nombre: str) -> None:
    if CAPTURAS:
        CAPTURAS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(CAPTURAS / f"{nombre}.png"))


@pytest.fixture(autouse=True)
def _sin_preguntas_bloqueantes(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


def contar(db, tabla: str) -> int:
    return db.execute(f"SELECT count(*) FROM {tabla}").fetchone()[0]


def fotografia(db) -> dict[str, int]:
    return {t: contar(db, t) for t in ("miembros", "estados_miembro", "organos", "sesiones", "invitados",
                                       "fe_de_erratas", "normas", "bitacora")}


def reabierta(ruta: Path) -> dict[str, int]:
    """Las cuentas leídas de nuevo desde el archivo, como las vería quien vuelve a abrir la base."""
    otra = abrir_base(ruta)
    try:
        return fotografia(otra)
    finally:
        otra.close()


def visible(etiqueta) -> str:
    assert not etiqueta.isHidden(), "el mensaje no se muestra"
    return etiqueta.text()


# --- la ficha del miembro -----------------------------------------------------------------------------

def test_ficha_con_textos_hostiles_marca_cada_campo_y_no_guarda(qtbot, demo_abierta, copia_de_la_demo):
    (db, asociacion), ruta = demo_abierta, copia_de_la_demo
    contexto = Contexto(db, asociacion["id"])
    rosario = next(m for m in listar_miembros(contexto) if m["nombre"] == "Rosario")
    antes = fotografia(db)
    dialogo = DialogoFichaMiembro(oficina_de(db, asociacion), rosario["id"])
    qtbot.addWidget(dialogo)
    dialogo.show()
    qtbot.waitExposed(dialogo)

    dialogo.nombre.setText(f"Rosa{BEL}rio")                  # pegado desde una planilla con un BEL
    dialogo.region.setText(f"Santa Fe {BIDI}ef atnaS")      # una marca bidi
    dialogo.telefono.setText("1" * 100_000)                 # un pegado desbocado (QLineEdit guarda 32.767)
    dialogo.correo.setText(f"prensa{ESC}@rosario.gob.ar")
    dialogo.boton_guardar.click()

    qtbot.waitUntil(lambda: not dialogo.mensaje.isHidden())
    texto = dialogo.mensaje.text()
    assert "No se guardó nada" in texto
    assert "Nombre: tiene un carácter de control invisible (U+0007, posición 5)" in dialogo.nombre.toolTip()
    assert "Región: tiene un carácter invisible que cambia el orden" in dialogo.region.toolTip()
    assert "Teléfono: es demasiado largo" in dialogo.telefono.toolTip()
    assert "Correo: tiene un carácter de control invisible (U+001B" in dialogo.correo.toolTip()
    assert all(campo.styleSheet() for campo in (dialogo.nombre, dialogo.region, dialogo.telefono, dialogo.correo))
    capturar(dialogo, "ficha-textos-hostiles")

    assert next(m for m in listar_miembros(contexto) if m["id"] == rosario["id"])["nombre"] == "Rosario"
    assert fotografia(db) == antes and reabierta(ruta) == antes


def test_ficha_con_un_pais_que_la_asociacion_no_incluye(qtbot, demo_abierta, copia_de_la_demo):
    (db, asociacion), ruta = demo_abierta, copia_de_la_demo
    antes = fotografia(db)
    dialogo = DialogoFichaMiembro(oficina_de(db, asociacion))
    qtbot.addWidget(dialogo)
    dialogo.show()
    dialogo.nombre.setText("Lyon")
    dialogo.pais.setCurrentIndex(dialogo.pais.findData("FR"))
    dialogo.poblacion.setText("522000")
    dialogo.anio.setText("2021")
    dialogo.boton_guardar.click()

    qtbot.waitUntil(lambda: not dialogo.mensaje.isHidden())
    motivo = dialogo.pais.toolTip()
    assert motivo.startswith("País: Francia (FR) no es un país de la asociación; sus países son: ")
    assert "Argentina (AR)" in motivo and "Uruguay (UY)" in motivo
    capturar(dialogo, "ficha-pais-ajeno")
    assert dialogo.miembro_id is None
    assert fotografia(db) == antes and reabierta(ruta) == antes


def test_ficha_con_fecha_de_ingreso_imposible(qtbot, demo_abierta):
    """El editor de fecha de la ficha no deja elegir una fecha futura ni anterior a 1800; el servicio (la regla
    que comparten la ventana, la CLI y la importación) rechaza igual el año 0001 y el 9999."""
    from escritorio.dominio.ficha import FichaMiembro
    from escritorio.errores import ErrorValidacion
    from escritorio.servicios.ficha import guardar_ficha

    db, asociacion = demo_abierta
    antes = fotografia(db)
    dialogo = DialogoFichaMiembro(oficina_de(db, asociacion))
    qtbot.addWidget(dialogo)
    dialogo.fecha_ingreso.setDate(QDate(9999, 12, 31))
    assert dialogo.fecha_ingreso.date() == QDate.currentDate()
    dialogo.fecha_ingreso.setDate(QDate(1, 1, 1))
    assert dialogo.fecha_ingreso.date() == QDate(1800, 1, 1)

    contexto = Contexto(db, asociacion["id"])
    for fecha, motivo in ((date(1, 1, 1), "01/01/0001 es anterior a 01/01/1800"),
                          (date(9999, 12, 31), "31/12/9999 está en el futuro")):
        with pytest.raises(ErrorValidacion) as error:
            guardar_ficha(contexto, FichaMiembro(nombre="Colonia", pais="UY", fecha_ingreso=fecha),
                          poblacion=(27_000, 2020, None))
        assert error.value.campos["fecha_ingreso"] == f"Fecha de ingreso: {motivo}; revise el año." or \
            error.value.campos["fecha_ingreso"] == f"Fecha de ingreso: {motivo}."
    assert fotografia(db) == antes


# --- dar de baja -----------------------------------------------------------------------------------

@pytest.mark.parametrize("motivo, esperado", [
    (f"Renuncia{ESC}[2J", "Motivo: tiene un carácter de control invisible (U+001B"),
    ("Renuncia\npresentada", "Motivo: tiene un salto de línea"),
    ("x" * 600, "Motivo: es demasiado largo (600 caracteres; el máximo es 500)"),
])
def test_baja_con_motivo_hostil(qtbot, demo_abierta, copia_de_la_demo, motivo, esperado):
    (db, asociacion), ruta = demo_abierta, copia_de_la_demo
    salto = next(m for m in listar_miembros(Contexto(db, asociacion["id"])) if m["nombre"] == "Salto")
    antes = fotografia(db)
    dialogo = DialogoBaja(oficina_de(db), salto["id"], salto["nombre"])
    qtbot.addWidget(dialogo)
    dialogo.show()
    dialogo.motivo.setText(motivo)
    dialogo.accept()

    assert esperado in visible(dialogo.aviso)
    assert esperado in dialogo.motivo.toolTip()
    capturar(dialogo, "baja-motivo-hostil")
    assert fotografia(db) == antes and reabierta(ruta) == antes


# --- órganos y sesiones ----------------------------------------------------------------------------

def test_nuevo_organo_con_nombre_bidi_y_atribuciones_con_nul(qtbot, demo_abierta, copia_de_la_demo):
    (db, asociacion), ruta = demo_abierta, copia_de_la_demo
    antes = fotografia(db)
    dialogo = DialogoNuevoOrgano(oficina_de(db, asociacion), listar_organos(Contexto(db, asociacion["id"])))
    qtbot.addWidget(dialogo)
    dialogo.show()
    dialogo.nombre.setText(f"Comité {BIDI}lanoiger")
    dialogo.atribuciones.setPlainText(f"Coordina la región.\nRinde cuentas{NUL} al Consejo.")
    dialogo.articulo.setText("Estatuto, art. 21")
    dialogo.boton_crear.click()

    texto = visible(dialogo.mensaje)
    assert "Nombre: tiene un carácter invisible que cambia el orden" in texto
    assert "Atribuciones (línea 2): tiene un carácter nulo (U+0000" in texto
    capturar(dialogo, "organo-textos-hostiles")
    assert dialogo.organo_id is None
    assert fotografia(db) == antes and reabierta(ruta) == antes


def test_convocar_con_lugar_hostil_o_fecha_imposible(qtbot, demo_abierta, copia_de_la_demo):
    (db, asociacion), ruta = demo_abierta, copia_de_la_demo
    antes = fotografia(db)
    dialogo = DialogoConvocar(oficina_de(db, asociacion), listar_organos(Contexto(db, asociacion["id"])))
    qtbot.addWidget(dialogo)
    dialogo.show()
    dialogo.lugar.setText(f"Intendencia{BEL} de Montevideo")
    dialogo.boton_aceptar.click()
    assert "Lugar: tiene un carácter de control invisible (U+0007" in visible(dialogo.mensaje)
    capturar(dialogo, "convocar-lugar-hostil")

    dialogo.lugar.setText("Intendencia de Montevideo")
    dialogo.fecha.setDate(QDate(9999, 12, 31))
    dialogo.boton_aceptar.click()
    assert "Fecha: 31/12/9999 está demasiado adelante" in visible(dialogo.mensaje)
    assert dialogo.sesion_id is None
    assert fotografia(db) == antes and reabierta(ruta) == antes


def test_convocar_con_un_enlace_que_no_es_web_no_convoca(qtbot, demo_abierta, copia_de_la_demo):
    """Issue 58, punto 6: el enlace va en la convocatoria y en el correo, donde se abre con un clic."""
    (db, asociacion), ruta = demo_abierta, copia_de_la_demo
    antes = fotografia(db)
    dialogo = DialogoConvocar(oficina_de(db, asociacion), listar_organos(Contexto(db, asociacion["id"])))
    qtbot.addWidget(dialogo)
    dialogo.show()
    dialogo.modalidad.button(1).setChecked(True)   # virtual
    for enlace in ("javascript:alert(5)", "file:///etc/passwd", "https://meet.example.org@otro.example/sala"):
        dialogo.enlace.setText(enlace)
        dialogo.boton_aceptar.click()
        assert f"Enlace: «{enlace}» no sirve" in visible(dialogo.mensaje)
        assert dialogo.sesion_id is None
    assert fotografia(db) == antes and reabierta(ruta) == antes
    dialogo.enlace.setText("https://meet.example.org/consejo?pwd=abc")
    dialogo.boton_aceptar.click()
    assert dialogo.sesion_id is not None
    assert db.execute("SELECT enlace FROM sesiones WHERE id = ?", [dialogo.sesion_id]).fetchone()[0] == \
        "https://meet.example.org/consejo?pwd=abc"


def test_invitado_y_fe_de_erratas_con_textos_hostiles(qtbot, demo_abierta, copia_de_la_demo):
    (db, asociacion), ruta = demo_abierta, copia_de_la_demo
    # Una sesión de la demo con el acta aprobada (la fe de erratas es para esas).
    sesion = next(s for s in listar_sesiones(Contexto(db, asociacion["id"])) if s["estado_acta"] == "aprobada")
    antes = fotografia(db)

    invitado = DialogoInvitado(oficina_de(db, asociacion), sesion["id"])
    qtbot.addWidget(invitado)
    invitado.nombre.setText("María\nLópez")
    invitado.boton_aceptar.click()
    texto = visible(invitado.mensaje)
    assert "Nombre del invitado: tiene un salto de línea" in texto or "acta" in texto  # acta aprobada: tampoco
    assert not invitado.hecho

    erratas = DialogoFeDeErratas(oficina_de(db, asociacion), sesion["id"])
    qtbot.addWidget(erratas)
    erratas.show()
    erratas.texto.setPlainText("Donde dice «Rosario», debe decir\t«Rosario\x08».")
    erratas.boton_aceptar.click()
    texto = visible(erratas.mensaje)
    assert texto.count("Fe de erratas: tiene un carácter de control invisible (U+0008") == 1, texto
    capturar(erratas, "fe-de-erratas-hostil")
    assert not erratas.hecho
    assert fotografia(db) == antes and reabierta(ruta) == antes


# --- cargar una norma desde un archivo que no es texto --------------------------------------------------

@pytest.mark.parametrize("contenido, esperado", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "es un PDF, no un archivo de texto"),
    (b"PK\x03\x04" + b"\x00" * 60, "es un documento de Word, una planilla o un .zip"),
    (b"", "está vacío"),
])
def test_cargar_norma_de_un_archivo_que_no_es_texto(qtbot, demo_abierta, tmp_path, monkeypatch, contenido, esperado):
    db, asociacion = demo_abierta
    avisos = []
    monkeypatch.setattr(QMessageBox, "warning", lambda padre, titulo, texto, *a, **k: avisos.append(texto))
    archivo = tmp_path / "estatuto.txt"
    archivo.write_bytes(contenido)
    antes = fotografia(db)
    dialogo = DialogoCargarNorma(oficina_de(db, asociacion))
    qtbot.addWidget(dialogo)
    dialogo.cargar_archivo(archivo)

    assert len(avisos) == 1 and esperado in avisos[0] and "estatuto.txt" in avisos[0]
    assert "Se espera un archivo de texto" in avisos[0] or not contenido
    assert dialogo.texto.toPlainText() == ""
    assert fotografia(db) == antes


def test_cargar_norma_con_texto_pegado_con_controles(qtbot, demo_abierta, copia_de_la_demo):
    (db, asociacion), ruta = demo_abierta, copia_de_la_demo
    antes = fotografia(db)
    dialogo = DialogoCargarNorma(oficina_de(db, asociacion))
    qtbot.addWidget(dialogo)
    dialogo.show()
    dialogo.titulo.setText("Reglamento de sesiones")
    dialogo.texto.setPlainText("Artículo 1 - Objeto\nOrdena las sesiones.\n\nArtículo 2\nSe reúne\x1b[5m cada mes.")
    dialogo.guardar()

    assert "Texto (línea 5): tiene un carácter de control invisible (U+001B" in visible(dialogo.mensaje)
    capturar(dialogo, "norma-texto-hostil")
    assert dialogo.norma_id is None
    assert fotografia(db) == antes and reabierta(ruta) == antes


# --- el asistente de la primera asociación --------------------------------------------------------------

def test_asistente_de_asociacion_con_sigla_y_nombre_hostiles(qtbot, tmp_path):
    ruta = tmp_path / "nueva.db"
    db = abrir_base(ruta)
    try:
        asistente = AsistenteAsociacion(db)
        qtbot.addWidget(asistente)
        asistente.show()
        asistente.datos.nombre.setText(f"Red del Sur{BEL}")
        asistente.datos.sigla.setText("r s")
        asistente.datos.pais_sede.setCurrentIndex(asistente.datos.pais_sede.findData("UY"))
        asistente.next()
        asistente.paises.fijar("AR", "pleno")
        asistente.accept()

        # Los problemas son de la primera página: el asistente vuelve a ella y los muestra junto a sus campos.
        assert asistente.currentPage() is asistente.datos
        texto = visible(asistente.aviso_datos)
        assert "Nombre: tiene un carácter de control invisible (U+0007" in texto
        assert "Sigla: «r s» no sirve como sigla" in texto
        assert asistente.datos.sigla.toolTip().startswith("Sigla: «r s» no sirve")
        capturar(asistente, "asistente-asociacion-hostil")
        assert asistente.asociacion_id is None and listar_asociaciones(db) == []

        asistente.datos.nombre.setText("Red del Sur")
        asistente.datos.sigla.setText("rds")
        asistente.next()
        asistente.accept()
        assert asistente.asociacion_id is not None
        [creada] = listar_asociaciones(db)
        assert (creada["nombre"], creada["sigla"]) == ("Red del Sur", "RDS")
        assert asistente.currentId() != -1 or asistente.result() == QWizard.DialogCode.Accepted
    finally:
        db.close()


def test_fecha_de_mandato_del_anio_1_se_rechaza_en_el_servicio(demo_abierta):
    """Los editores de fecha de la ventana no bajan de 1800, pero el servicio es la regla: la CLI, la importación
    o un error de programación tampoco guardan un mandato en el año 0001 ni en el 9999."""
    from escritorio.errores import ErrorValidacion
    from escritorio.servicios.organos import NuevoMandato, designar

    db, asociacion = demo_abierta
    contexto = Contexto(db, asociacion["id"])
    consejo = next(o for o in listar_organos(contexto) if o["nombre"] == "Consejo")
    antes = contar(db, "mandatos")
    for desde, motivo in ((date(1, 1, 1), "01/01/0001 es anterior a 01/01/1800"),
                          (date(9999, 1, 1), "01/01/9999 está demasiado adelante")):
        with pytest.raises(ErrorValidacion, match=f"Desde: {motivo}"):
            designar(contexto, consejo["id"], NuevoMandato("titular", desde, persona="Ana Pérez"))
    assert contar(db, "mandatos") == antes


def test_designar_con_persona_hostil(qtbot, demo_abierta):
    from escritorio.interfaz.dialogos.mandato import DialogoMandato

    db, asociacion = demo_abierta
    contexto = Contexto(db, asociacion["id"])
    consejo = next(o for o in listar_organos(contexto) if o["nombre"] == "Consejo")
    mandatos = contar(db, "mandatos")
    dialogo = DialogoMandato(oficina_de(db, asociacion), consejo, listar_miembros(contexto))
    qtbot.addWidget(dialogo)
    dialogo.show()
    dialogo.persona.setText(f"Ana {BIDI}zeréP")
    dialogo.boton_designar.click()

    assert "Persona: tiene un carácter invisible que cambia el orden" in visible(dialogo.mensaje)
    capturar(dialogo, "mandato-persona-hostil")
    assert dialogo.mandato_id is None and contar(db, "mandatos") == mandatos


def test_punto_del_orden_del_dia_con_titulo_hostil(qtbot, demo_abierta):
    from datetime import timedelta

    from escritorio.interfaz.dialogos.sesion.formularios import DialogoPunto
    from escritorio.servicios.sesiones.convocatoria import NuevaSesion, convocar
    from escritorio.servicios.sesiones.puntos import orden_del_dia

    db, asociacion = demo_abierta
    contexto = Contexto(db, asociacion["id"])
    consejo = next(o for o in listar_organos(contexto) if o["nombre"] == "Consejo")
    sesion_id = convocar(contexto, consejo["id"],
                         NuevaSesion(fecha=date.today() + timedelta(days=40), lugar="Montevideo"))
    dialogo = DialogoPunto(oficina_de(db, asociacion), sesion_id)
    qtbot.addWidget(dialogo)
    dialogo.show()
    dialogo.titulo.setText(f"Informe de la Secretaría{ESC}[8m oculto")
    dialogo.boton_aceptar.click()

    assert "Título del punto: tiene un carácter de control invisible (U+001B" in visible(dialogo.mensaje)
    capturar(dialogo, "punto-titulo-hostil")
    assert orden_del_dia(contexto, sesion_id) == []

    dialogo.titulo.setText("Informe de la Secretaría")
    dialogo.boton_aceptar.click()
    assert [p["titulo"] for p in orden_del_dia(contexto, sesion_id)] == ["Informe de la Secretaría"]
