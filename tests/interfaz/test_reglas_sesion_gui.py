"""Reglas de sesión de un órgano desde la ventana: quórum general y de reforma, poderes, morosos y convocatoria.

Se usan como una secretaría: desde el área Órganos, «Reglas de sesión…» abre el diálogo del órgano elegido;
lo que se guarda es lo que luego rige las sesiones (`servicios.sesiones.reglas.reglas_de_sesion`).
"""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from escritorio.dominio.ficha import FichaMiembro
from escritorio.dominio.mayorias import ReglaMayoria
from escritorio.dominio.sesiones import ReglaQuorum
from escritorio.interfaz.dialogos import reglas_sesion
from escritorio.interfaz.dialogos.reglas_sesion import DialogoReglasSesion
from escritorio.interfaz.vistas.organos import VistaOrganos
from escritorio.servicios.asociaciones import listar_asociaciones
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.ficha import guardar_ficha
from escritorio.servicios.organos import NuevoMandato, NuevoOrgano, crear_organo, designar
from escritorio.servicios.sesiones.reglas import ReglasDeSesion, fijar_reglas_de_sesion, reglas_de_sesion
from ayudas import oficina_de


@pytest.fixture
def red(db, asociacion_id):
    """Una asociación con un Consejo de tres ciudades y una regla general citada al Estatuto, art. 19."""
    contexto = Contexto(db, asociacion_id)
    consejo = crear_organo(contexto, NuevoOrgano("Consejo", "consejo"))
    for nombre, pais in (("Rosario", "AR"), ("Porto Alegre", "BR"), ("Montevideo", "UY")):
        miembro = guardar_ficha(contexto, FichaMiembro(nombre=nombre, pais=pais, fecha_ingreso=date(2000, 1, 1)),
                                poblacion=(250_000, 2020, "Censo"))
        designar(contexto, consejo, NuevoMandato("titular", date(2020, 1, 1), miembro_id=miembro))
    fijar_reglas_de_sesion(contexto, consejo, ReglasDeSesion(
        {"ordinaria": ReglaQuorum(segunda_convocatoria_minutos=60, articulo="Estatuto, art. 19"),
         "reforma_estatuto": None}))
    return {"asociacion": listar_asociaciones(db)[0], "consejo": {"id": consejo, "nombre": "Consejo"}}


@pytest.fixture
def organos(qtbot, db, red):
    vista = VistaOrganos()
    qtbot.addWidget(vista)
    vista.resize(1150, 780)
    vista.show()
    vista.mostrar(oficina_de(db, red["asociacion"]))
    assert vista.seleccionar("Consejo")
    return vista


@pytest.fixture
def dialogo(qtbot, db, red):
    def abrir():
        ventana = DialogoReglasSesion(oficina_de(db, red["asociacion"]), red["consejo"])
        qtbot.addWidget(ventana)
        ventana.show()
        return ventana
    return abrir


def elegir_fraccion(editor, texto: str) -> None:
    """Elige en la lista «Fracción» la que dice `texto` («dos tercios», «Otra fracción…»), como la persona."""
    indice = editor.fraccion.findText(texto)
    assert indice >= 0, f"fracción «{texto}» desconocida"
    editor.fraccion.setCurrentIndex(indice)


def _guardadas(db, red) -> ReglasDeSesion:
    return reglas_de_sesion(Contexto(db, red["asociacion"]["id"]), red["consejo"]["id"])


def test_dos_tercios_para_reformar_dos_poderes_y_30_dias_desde_el_area_organos(qtbot, db, red, organos, monkeypatch):
    assert organos.boton_reglas.isEnabled()
    assert "Quórum: la mitad más uno" in organos.reglas_sesion.text()
    visto = {}

    def como_usuario(ventana):
        # Lo que ya rige se ve al abrir.
        assert ventana.general.fraccion.currentText() == "la mitad más uno"
        assert ventana.general.articulo.text() == "Estatuto, art. 19"
        assert ventana.reforma.quorum.currentText() == "el ordinario"
        assert ventana.reforma.mayoria.currentText() == "la ordinaria" and not ventana.reforma.base.isEnabled()
        assert ventana.vista_previa["reforma_estatuto"] == "quórum general; mayoría: la ordinaria."
        # La mayoría simple no ofrece base: la base queda en «votos emitidos», deshabilitada.
        fila = ventana.filas["ordinaria"]
        assert fila.mayoria.currentData() == "simple"
        assert fila.base.currentText() == "votos emitidos" and not fila.base.isEnabled()

        ventana.reforma.quorum.setCurrentIndex(ventana.reforma.quorum.findText("dos tercios"))
        assert ventana.reforma.articulo_quorum.isEnabled()
        qtbot.keyClicks(ventana.reforma.articulo_quorum, "Estatuto, art. 20")
        ventana.reforma.mayoria.setCurrentIndex(ventana.reforma.mayoria.findData("dos_tercios"))
        assert ventana.reforma.base.isEnabled()
        ventana.reforma.base.setCurrentIndex(ventana.reforma.base.findData("presentes"))
        qtbot.keyClicks(ventana.reforma.articulo_mayoria, "Estatuto, arts. 20 y 24")
        ventana.poderes.setValue(2)
        ventana.anticipacion.setValue(30)
        qtbot.keyClicks(ventana.articulo_convocatoria, "Estatuto, art. 18")
        # La reforma pasa a tener quórum propio citado al art. 20, más exigente que el general (art. 19): con motivo.
        qtbot.keyClicks(ventana.motivo, "El art. 20 pide dos tercios para reformar")
        visto["previa"] = ventana.vista_previa
        qtbot.mouseClick(ventana.boton_guardar, Qt.MouseButton.LeftButton)
        return ventana.result()

    monkeypatch.setattr(reglas_sesion.DialogoReglasSesion, "exec", como_usuario)
    organos.boton_reglas.click()

    guardadas = _guardadas(db, red)
    assert guardadas.reglas["reforma_estatuto"] == ReglaQuorum(2, 3, False, "con_derecho", None, "Estatuto, art. 20",
                                                               "reforma_estatuto")
    assert guardadas.reglas["ordinaria"].describir() == (
        "Quórum: la mitad más uno de los miembros con derecho a voto; en segunda convocatoria, pasados 60 minutos, "
        "con los presentes (Estatuto, art. 19).")
    assert (guardadas.poderes_maximos, guardadas.suspende_morosos) == (2, True)
    assert (guardadas.anticipacion_dias, guardadas.articulo_convocatoria) == (30, "Estatuto, art. 18")

    # La vista previa decía exactamente lo que quedó guardado.
    assert guardadas.mayorias["reforma_estatuto"] == ReglaMayoria("dos_tercios", "presentes", "Estatuto, arts. 20 y 24")
    assert visto["previa"]["reforma_estatuto"] == (
        "quórum propio: dos tercios de los miembros con derecho a voto (Estatuto, art. 20); mayoría: dos tercios de "
        "los miembros presentes con derecho a voto (Estatuto, arts. 20 y 24).")
    assert visto["previa"]["ordinaria"] == guardadas.reglas["ordinaria"].describir()
    assert "hasta 2 poderes" in visto["previa"]["asistencia"]
    assert "al menos 30 días de anticipación (Estatuto, art. 18)" in visto["previa"]["asistencia"]

    # El área muestra cómo sesiona ahora el Consejo.
    texto = organos.reglas_sesion.text()
    assert "Para reformar el estatuto, quórum: dos tercios de los miembros con derecho a voto (Estatuto, art. 20)." in texto
    assert "Poderes: hasta 2 por miembro" in texto
    assert "Convocatoria: 30 días de anticipación (Estatuto, art. 18)" in texto


def test_una_fraccion_imposible_se_explica_en_el_dialogo_y_no_se_guarda_nada(qtbot, db, red, dialogo):
    antes = _guardadas(db, red)
    ventana = dialogo()
    elegir_fraccion(ventana.general, "Otra fracción…")
    assert ventana.general.numerador.isEnabled() and ventana.general.denominador.isEnabled()
    ventana.general.numerador.setValue(3)
    ventana.general.denominador.setValue(2)
    ventana.general.mas_uno.setChecked(False)
    ventana.poderes.setValue(4)
    assert ventana.vista_previa["ordinaria"].startswith("Quórum: 3/2 de los miembros con derecho a voto")

    qtbot.mouseClick(ventana.boton_guardar, Qt.MouseButton.LeftButton)

    assert ventana.isVisible() and ventana.result() != QDialog.DialogCode.Accepted
    assert ventana.avisos.isVisible()
    assert ventana.avisos.avisos == ["Ordinaria (regla general): la fracción 3/2 no sirve; use una como 1/2, 2/3 o 3/4 "
                                     "(el numerador entre 1 y el denominador)."]
    assert "No se guardaron las reglas de sesión" in ventana.avisos.etiqueta.text()
    assert "3/2 no sirve" in ventana.general.numerador.toolTip()
    # No se pierde nada de lo escrito, y la base quedó como estaba.
    assert (ventana.general.numerador.value(), ventana.general.denominador.value(), ventana.poderes.value()) == (3, 2, 4)
    assert _guardadas(db, red) == antes

    # Corregida la fracción (más exigente que la mitad más uno del art. 19: con motivo), se guarda.
    ventana.general.denominador.setValue(5)
    qtbot.keyClicks(ventana.motivo, "Tres quintos para sesionar")
    assert ventana.general.numerador.toolTip() != "" and "no sirve" not in ventana.general.numerador.toolTip()
    qtbot.mouseClick(ventana.boton_guardar, Qt.MouseButton.LeftButton)
    assert ventana.result() == QDialog.DialogCode.Accepted
    assert _guardadas(db, red).reglas["ordinaria"].describir().startswith("Quórum: 3/5 de los miembros con derecho")


def test_sin_maximo_de_poderes_y_sin_regla_propia_de_reforma_guardan_none(qtbot, db, red, dialogo):
    # Más exigente que la regla del art. 19 (con motivo); la reforma, la anticipación y los poderes sin artículo
    # propio: se pueden quitar libremente (lo que cita un artículo, no: tests/cli/test_reglas_del_estatuto.py).
    fijar_reglas_de_sesion(Contexto(db, red["asociacion"]["id"]), red["consejo"]["id"], ReglasDeSesion(
        {"ordinaria": ReglaQuorum(3, 5, True, "integrantes", None, "Estatuto, art. 19"),
         "reforma_estatuto": ReglaQuorum(3, 4, False, "integrantes", None, None)},
        poderes_maximos=2, suspende_morosos=True, anticipacion_dias=15), motivo="Más quórum")
    ventana = dialogo()
    # Lo guardado se muestra: una fracción que no está en la lista, como «Otra fracción…».
    assert ventana.general.fraccion.currentText() == "Otra fracción…"
    assert (ventana.general.numerador.value(), ventana.general.denominador.value()) == (3, 5)
    assert ventana.general.mas_uno.isChecked() and ventana.general.sobre.currentData() == "integrantes"
    assert ventana.reforma.quorum.currentText() == "tres cuartos"
    assert (ventana.poderes.value(), ventana.anticipacion.value()) == (2, 15)

    ventana.poderes.setValue(ventana.poderes.minimum())
    assert ventana.poderes.text() == "Sin máximo"
    ventana.reforma.quorum.setCurrentIndex(ventana.reforma.quorum.findText("el ordinario"))
    assert ventana.vista_previa["reforma_estatuto"] == "quórum general; mayoría: la ordinaria."
    ventana.suspende_morosos.click()
    ventana.anticipacion.setValue(ventana.anticipacion.minimum())
    assert ventana.anticipacion.text() == "Sin exigencia"
    assert "sin máximo" in ventana.vista_previa["asistencia"]
    qtbot.mouseClick(ventana.boton_guardar, Qt.MouseButton.LeftButton)

    assert ventana.result() == QDialog.DialogCode.Accepted
    guardadas = _guardadas(db, red)
    assert guardadas.reglas["reforma_estatuto"] is None
    assert guardadas.poderes_maximos is None
    assert guardadas.suspende_morosos is False
    assert guardadas.anticipacion_dias is None
    assert guardadas.reglas["ordinaria"] == ReglaQuorum(3, 5, True, "integrantes", None, "Estatuto, art. 19")


def test_cero_poderes_no_admite_poderes(qtbot, db, red, dialogo):
    ventana = dialogo()
    ventana.poderes.setValue(0)
    assert "No se admiten poderes." in ventana.vista_previa["asistencia"]
    qtbot.mouseClick(ventana.boton_guardar, Qt.MouseButton.LeftButton)
    assert _guardadas(db, red).poderes_maximos == 0


def test_cancelar_no_guarda_nada(qtbot, db, red, dialogo):
    antes = _guardadas(db, red)
    ventana = dialogo()
    elegir_fraccion(ventana.general, "tres cuartos")
    ventana.poderes.setValue(5)
    ventana.reject()
    assert ventana.result() == QDialog.DialogCode.Rejected
    assert _guardadas(db, red) == antes


def test_sin_organo_elegido_el_boton_esta_deshabilitado_y_lo_explica(qtbot, db, asociacion_id):
    vista = VistaOrganos()
    qtbot.addWidget(vista)
    vista.show()
    vista.mostrar(oficina_de(db, listar_asociaciones(db)[0]))
    assert vista.organo is None
    assert not vista.boton_reglas.isEnabled()
    assert vista.boton_reglas.toolTip() == "Elija primero un órgano en el árbol."


def test_un_organo_sin_reglas_cargadas_dice_que_rige_la_mitad_mas_uno(qtbot, db, asociacion_id):
    crear_organo(Contexto(db, asociacion_id), NuevoOrgano("Comisión Directiva", "comision_directiva"))
    vista = VistaOrganos()
    qtbot.addWidget(vista)
    vista.show()
    vista.mostrar(oficina_de(db, listar_asociaciones(db)[0]))
    assert vista.seleccionar("Comisión Directiva")
    assert "sin regla cargada, rige la mitad más uno" in vista.reglas_sesion.text()
    assert vista.boton_reglas.isEnabled()


def test_las_bases_de_las_elecciones_y_de_las_mociones_se_eligen_en_el_dialogo(qtbot, db, red, dialogo):
    """Qué votos cuentan es una elección del estatuto: cada tipo ofrece sus bases (las elecciones, las suyas)."""
    ventana = dialogo()
    ventana.resize(1024, 600)
    eleccion, ordinaria = ventana.filas["eleccion"], ventana.filas["ordinaria"]
    bases = lambda fila: [fila.base.itemData(i) for i in range(fila.base.count())]  # noqa: E731
    assert bases(eleccion) == ["validos", "emitidos", "todos", "presentes", "con_derecho"]
    assert bases(ordinaria) == ["emitidos", "sna", "presentes", "con_derecho"]
    assert eleccion.base.itemData(0, Qt.ItemDataRole.ToolTipRole) == "solo los votos a candidaturas"
    eleccion.mayoria.setCurrentIndex(eleccion.mayoria.findData("absoluta"))
    eleccion.base.setCurrentIndex(eleccion.base.findData("validos"))
    qtbot.keyClicks(eleccion.articulo_mayoria, "Estatuto, art. 22")
    ordinaria.mayoria.setCurrentIndex(ordinaria.mayoria.findData("absoluta"))
    ordinaria.base.setCurrentIndex(ordinaria.base.findData("sna"))
    assert "de los votos válidos (Estatuto, art. 22)" in ventana.vista_previa["eleccion"]
    ventana.grab().save("/tmp/capturas_reglas/reglas_sesion_bases_1024x600.png")
    qtbot.mouseClick(ventana.boton_guardar, Qt.MouseButton.LeftButton)
    assert ventana.result() == QDialog.DialogCode.Accepted
    guardadas = _guardadas(db, red)
    assert guardadas.mayorias["eleccion"] == ReglaMayoria("absoluta", "validos", "Estatuto, art. 22")
    assert (guardadas.mayorias["ordinaria"].mayoria, guardadas.mayorias["ordinaria"].base) == ("absoluta", "sna")


def test_el_estatuto_manda_rebajar_se_rechaza_con_el_articulo_y_sin_articulo_se_avisa(qtbot, db, red, dialogo):
    """Issue 59, punto 1, desde la ventana: el diálogo llama al mismo servicio que «organos reglas» y muestra lo que
    dice. El quórum general cita el art. 19 (la mitad más uno): un tercio se rechaza; los poderes no citan artículo:
    se cambian y el programa avisa que no tienen base estatutaria."""
    antes = _guardadas(db, red)
    ventana = dialogo()
    assert ventana.desde_siempre.isChecked()   # el Consejo no sesionó nunca: se corrige la versión vigente
    elegir_fraccion(ventana.general, "Otra fracción…")
    ventana.general.numerador.setValue(1)
    ventana.general.denominador.setValue(3)
    ventana.general.mas_uno.setChecked(False)
    qtbot.keyClicks(ventana.motivo, "Nos cuesta reunir a la mitad")
    qtbot.mouseClick(ventana.boton_guardar, Qt.MouseButton.LeftButton)

    assert ventana.isVisible() and ventana.result() != QDialog.DialogCode.Accepted
    assert "No se guardaron las reglas de sesión" in ventana.avisos.etiqueta.text()
    [problema] = ventana.avisos.avisos
    assert problema.startswith("«Consejo», el quórum general: la regla cita Estatuto, art. 19 (hoy: la mitad más uno")
    assert "Con «1/3 de los miembros con derecho a voto" in problema and "se pediría menos" in problema
    assert "reforme ese artículo" in problema and "--regla quorum=" in problema
    assert _guardadas(db, red) == antes

    # Vuelta a la mitad más uno; los poderes (sin artículo) sí se cambian, y se avisa.
    elegir_fraccion(ventana.general, "la mitad más uno")
    ventana.motivo.clear()
    ventana.poderes.setValue(4)
    qtbot.mouseClick(ventana.boton_guardar, Qt.MouseButton.LeftButton)
    assert ventana.result() == QDialog.DialogCode.Accepted
    assert _guardadas(db, red).poderes_maximos == 4
    assert ventana.aviso_guardado is not None and ventana.aviso_guardado.isVisible()
    assert ("El máximo de poderes: hasta 4 poderes por miembro (sin base estatutaria: la regla no cita ningún "
            "artículo y se cambia libremente).") in ventana.aviso_guardado.text()
    ventana.aviso_guardado.close()
