"""Issue 61 §5: una planilla con «Correo de contacto» lleva sus correos a Correo (el encabezado se reconoce), y una
columna que trae datos y quedó en «— ignorar —» se avisa en ámbar, con su encabezado y, si parecen correos, qué
elegir: los datos no se pierden sin que se note. El asistente de verdad, con la planilla en un .xlsx."""

from escritorio.servicios.contexto import Contexto
from escritorio.servicios.miembros import listar_miembros
from test_asistente_importacion import (ID_COLUMNAS, _boton_siguiente_habilitado, _xlsx, asistente, base,  # noqa: F401
                                        red, _sin_ventanas_de_error)


def test_el_correo_de_contacto_se_reconoce_y_una_columna_con_datos_ignorada_se_avisa(asistente, tmp_path, base, red):
    ruta = _xlsx(tmp_path / "ciudades.xlsx", ["Ciudad", "País", "Habitantes", "Correo de contacto", "Observaciones",
                                              "Contacto alternativo"], [
        ["Rosario", "Argentina", 1348725, "prensa@rosario.gob.ar", "", "secretaria@rosario.gob.ar"],
        ["Salto", "Uruguay", 104028, "intendencia@salto.gub.uy", "", "rrii@salto.gub.uy"],
        ["Pelotas", "Brasil", 343132, "gabinete@pelotas.rs.gov.br", "", ""],
    ])
    wizard = asistente(ruta)
    wizard.next()
    assert wizard.currentId() == ID_COLUMNAS
    pagina = wizard.pagina_columnas
    ciudad, pais, habitantes, correo, observaciones, alternativo = pagina.combos
    assert correo.currentData() == "correo"                                     # antes: «— ignorar —»
    assert observaciones.currentData() is None and alternativo.currentData() is None
    assert _boton_siguiente_habilitado(wizard)
    aviso = pagina.aviso.text()
    assert "la columna F («Contacto alternativo») trae datos y no se importará" in aviso
    assert "Parecen correos: si lo son, elija «Correo» en su lista." in aviso
    assert "Observaciones" not in aviso   # vacía: ignorarla no pierde nada
    wizard.next()
    wizard.next()
    correos = {m["nombre"]: m["correo"] for m in listar_miembros(Contexto(base, red["id"]))}
    assert correos == {"Rosario": "prensa@rosario.gob.ar", "Salto": "intendencia@salto.gub.uy",
                       "Pelotas": "gabinete@pelotas.rs.gov.br"}


def test_cada_problema_se_lee_entero_en_la_lista(asistente, tmp_path, base, red, qtbot):
    """Issue 61 §5: el texto del problema no se corta en una línea: la fila crece hasta mostrarlo entero."""
    from test_asistente_importacion import _llegar_a_validacion

    ruta = _xlsx(tmp_path / "con errores.xlsx", ["Nombre", "País", "Población"], [
        ["Concordia", "Argentina", "muchos"],
        ["Springfield", "Narnia", 30000],
    ])
    wizard = asistente(ruta)
    wizard.resize(600, 560)
    _llegar_a_validacion(wizard)
    tabla = wizard.pagina_validacion.tabla_problemas
    qtbot.waitUntil(lambda: tabla.rowCount() == 2)
    for fila in range(tabla.rowCount()):
        item = tabla.item(fila, 3)
        rect = tabla.visualItemRect(item)
        necesario = tabla.fontMetrics().boundingRect(rect.adjusted(0, 0, -8, 0), int(item.textAlignment()) | 0x1000,
                                                     item.text()).height()   # 0x1000: Qt.TextWordWrap
        assert rect.height() >= necesario, (item.text(), rect.height(), necesario)
        assert item.toolTip() == item.text()
