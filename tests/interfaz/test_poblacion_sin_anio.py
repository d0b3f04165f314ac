"""Un miembro importado sin «Año de la población» guarda su cifra con el año sin indicar (no se inventa un año:
así un censo con año posterior la reemplaza, ver tests/servicios/test_importar.py), y la ventana lo dice en
castellano: «1.276.000 hab. (año sin indicar)», nunca «(None)» ni «año None»."""

from escritorio.interfaz.dialogos.ficha_miembro import DialogoFichaMiembro
from escritorio.servicios.asociaciones import listar_asociaciones
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.miembros import listar_miembros
from tests.ayudas import escribir_xlsx
from ayudas import oficina_de


def abrir_ficha(qtbot, db, nombre: str) -> DialogoFichaMiembro:
    asociacion = listar_asociaciones(db)[0]
    miembro = next(m for m in listar_miembros(Contexto(db, asociacion["id"])) if m["nombre"] == nombre)
    dialogo = DialogoFichaMiembro(oficina_de(db, asociacion), miembro["id"])
    qtbot.addWidget(dialogo)
    dialogo.show()
    return dialogo


def textos_de_poblacion(dialogo: DialogoFichaMiembro) -> list[str]:
    tabla = dialogo.tabla_poblaciones
    return [dialogo.situacion_poblacion.text(), dialogo.etiqueta_vigente.text()] + [
        tabla.item(fila, 0).text() for fila in range(tabla.rowCount())]


def test_importado_por_la_cli_sin_anio_la_ficha_dice_anio_sin_indicar(qtbot, con_miembros):
    # `con_miembros`: Rosario, Paraná y Salto importados con «escritorio miembros importar» (CSV sin año).
    db = abrir_base(con_miembros)
    try:
        anios = {f["nombre"]: f["anio"] for f in db.query(
            "SELECT m.nombre, p.anio FROM poblaciones p JOIN miembros m ON m.id = p.miembro_id")}
        assert anios == {"Rosario": None, "Paraná": None, "Salto": None}
        dialogo = abrir_ficha(qtbot, db, "Rosario")
        textos = textos_de_poblacion(dialogo)
        assert not any("None" in t for t in textos), textos
        assert textos[0] == "1.276.000 hab. (año sin indicar)"
        assert "habitantes (año sin indicar)" in textos[1]
        assert textos[2] == "año sin indicar"
    finally:
        db.close()


def test_un_xlsx_con_anio_reemplaza_la_cifra_sin_anio_y_la_ficha_muestra_el_anio(qtbot, cli, con_miembros, tmp_path):
    libro = escribir_xlsx(tmp_path / "censo.xlsx", [["Rosario", "Argentina", 1_300_000, 2022]],
                          ["Nombre", "País", "Población", "Año de la población"])
    resultado = cli("miembros", "importar", libro, db=con_miembros)
    assert resultado.returncode == 0, resultado.stderr
    db = abrir_base(con_miembros)
    try:
        dialogo = abrir_ficha(qtbot, db, "Rosario")
        textos = textos_de_poblacion(dialogo)
        assert textos[0] == "1.300.000 hab. (2022)"
        assert "habitantes (año 2022)" in textos[1]
        assert textos[2:] == ["2022", "año sin indicar"]        # la cifra vieja queda en la historia, sin «None»
    finally:
        db.close()


def test_agregar_una_cifra_sin_anio_avisa_sin_none(qtbot, con_miembros):
    db = abrir_base(con_miembros)
    try:
        dialogo = abrir_ficha(qtbot, db, "Rosario")
        avisos = []
        dialogo._avisar = avisos.append
        dialogo.nueva_cifra.setText("1.290.000")
        dialogo.nuevo_anio.setText("2020")
        dialogo.agregar_cifra()
        assert avisos and "None" not in avisos[-1]
        assert not any("None" in t for t in textos_de_poblacion(dialogo))
    finally:
        db.close()
