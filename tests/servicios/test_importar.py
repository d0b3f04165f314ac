"""Importar el padrón desde archivos reales (.xlsx y .csv): lo que la secretaría ve después."""

from datetime import date, datetime, timedelta

import pytest

from ayudas import contar, escribir_csv, escribir_xlsx
from escritorio.errores import Cancelado, ErrorEscritorio, ErrorValidacion
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.importacion import importar_miembros, vista_previa
from escritorio.servicios.miembros import listar_miembros

HOY = date.today()


def por_nombre(db, asociacion) -> dict[str, dict]:
    return {m["nombre"]: m for m in listar_miembros(Contexto(db, asociacion))}


def poblaciones_de(db, nombre) -> list[tuple]:
    return db.execute("SELECT p.cifra, p.anio FROM poblaciones p JOIN miembros m ON m.id = p.miembro_id "
                      "WHERE m.nombre = ? ORDER BY p.id", [nombre]).fetchall()


def lugares(error: ErrorValidacion) -> list[tuple]:
    return [(p.fila, p.columna) for p in error.problemas]


# --- formatos de archivo --------------------------------------------------------------------

def test_xlsx_con_fechas_de_excel(db, asociacion_id, tmp_path):
    ruta = escribir_xlsx(tmp_path / "padron.xlsx", [
        ["Rosario", "Argentina", 1_276_000, datetime(1995, 11, 11), 4314902],
        ["Salto", "UY", "104.028", "15/03/1999", None],
    ], ["Nombre", "País", "Población", "Fecha de ingreso", "Código"])

    resultado = importar_miembros(Contexto(db, asociacion_id), ruta)

    assert resultado.resumen() == "2 nuevos, 0 actualizados, 0 sin cambios"
    miembros = por_nombre(db, asociacion_id)
    assert miembros["Rosario"]["fecha_ingreso"] == "1995-11-11"
    assert miembros["Rosario"]["codigo"] == "4314902"
    assert miembros["Rosario"]["poblacion"] == 1_276_000
    assert miembros["Salto"]["fecha_ingreso"] == "1999-03-15"
    assert miembros["Salto"]["poblacion"] == 104_028
    assert miembros["Salto"]["estado"] == "activo"


def test_csv_utf8_con_bom_y_punto_y_coma(db, asociacion_id, tmp_path):
    ruta = escribir_csv(tmp_path / "padron.csv", [["São Paulo", "Brasil", "12.325.232"], ["Paysandú", "UY", "113.107"]],
                        bom=True, separador=";")

    assert importar_miembros(Contexto(db, asociacion_id), ruta).nuevos == 2
    miembros = por_nombre(db, asociacion_id)
    assert set(miembros) == {"São Paulo", "Paysandú"}
    assert miembros["São Paulo"]["pais"] == "BR"


def test_csv_windows_1252_con_coma(db, asociacion_id, tmp_path):
    # «–» (raya de Word/Excel) es 0x96 en Windows-1252: distingue esa codificación de Latin-1.
    ruta = escribir_csv(tmp_path / "padron.csv", [["São Paulo", "Brasil", "12325232", "IBGE – Censo 2022"],
                                                  ["Paysandú", "Uruguay", "113107", None]],
                        ["Nombre", "País", "Población", "Fuente"], codificacion="cp1252", separador=",")
    assert "São Paulo".encode("cp1252") in ruta.read_bytes() and b"\x96" in ruta.read_bytes()

    importar_miembros(Contexto(db, asociacion_id), ruta)

    miembros = por_nombre(db, asociacion_id)
    assert set(miembros) == {"São Paulo", "Paysandú"}
    assert miembros["São Paulo"]["fuente_poblacion"] == "IBGE – Censo 2022"


@pytest.mark.parametrize("separador, nombre", [(";", "Villa María; Córdoba"), (",", "Paraná, Entre Ríos")])
def test_campo_entre_comillas_con_el_separador_adentro(db, asociacion_id, tmp_path, separador, nombre):
    ruta = escribir_csv(tmp_path / "padron.csv", [[nombre, "AR", "1.000"]], separador=separador)
    assert f'"{nombre}"' in ruta.read_text(encoding="utf-8")

    importar_miembros(Contexto(db, asociacion_id), ruta)

    assert list(por_nombre(db, asociacion_id)) == [nombre]


def test_celda_con_salto_de_linea_en_un_campo_de_una_linea_se_rechaza(db, asociacion_id, tmp_path):
    """Un nombre en dos líneas (Alt+Intro en Excel) no se pega ni se guarda partido: se pide escribirlo en una."""
    ruta = escribir_csv(tmp_path / "padron.csv", [["Villa\nNorte", "AR", "10"]])

    with pytest.raises(ErrorValidacion, match=r"Fila 2, columna A \(Nombre\), valor «Villa�Norte»: tiene un salto de "
                                              r"línea \(posición 6\); escríbalo en una sola línea"):
        importar_miembros(Contexto(db, asociacion_id), ruta)
    assert contar(db, "miembros") == 0


def test_filas_despues_de_una_celda_con_salto_de_linea_se_numeran_como_en_la_hoja(db, asociacion_id, tmp_path):
    """Excel muestra la celda de dos líneas en la fila 2; la población mala está en la fila 3."""
    ruta = escribir_csv(tmp_path / "padron.csv", [["Villa\nNorte", "AR", "10"], ["Mal", "AR", "abc"]])

    with pytest.raises(ErrorValidacion) as error:
        importar_miembros(Contexto(db, asociacion_id), ruta)

    assert lugares(error.value) == [(2, "A"), (3, "C")]


# --- errores: todos juntos, localizados, y nada escrito ------------------------------------

FILAS_MALAS = [
    ["Rosario", "AR", "1.000", None, None, None, None],          # fila 2: bien
    None,                                                        # fila 3: en blanco (se cuenta igual)
    ["Paraná", "AR", "12,5", None, None, None, None],            # fila 4: población con decimales
    ["Salto", "UY", "-3", None, None, None, None],               # fila 5: población negativa
    ["Lima", "Atlántida", "10", "31/02/2020", None, None, None],  # fila 6: país y fecha
    ["Quilmes", "AR", "10", (HOY + timedelta(days=1)).strftime("%d/%m/%Y"), None, None, None],  # fila 7: futuro
    ["Pelotas", "BR", "10", None, "pelotas.rs.gov.br", None, None],      # fila 8: correo
    ["Tacuarembó", "UY", "10", None, None, None, "Alcalde"],          # fila 9: cargo sin autoridad
    [None, "UY", "10", None, None, None, None],                   # fila 10: sin nombre
    ["Pando", "UY", "", None, None, None, None],                   # fila 11: sin población
]
ENCABEZADOS_MALOS = ["Nombre", "País", "Población", "Fecha de ingreso", "Correo", "Autoridad", "Cargo"]
LUGARES_MALOS = [(4, "C"), (5, "C"), (6, "B"), (6, "D"), (7, "D"), (8, "E"), (9, "G"), (10, "A"), (11, "C")]


@pytest.mark.parametrize("formato", ["xlsx", "csv"])
def test_todos_los_errores_de_un_archivo_juntos_con_fila_y_columna(db, asociacion_id, tmp_path, formato):
    contexto = Contexto(db, asociacion_id)
    importar_miembros(contexto, escribir_csv(tmp_path / "previo.csv", [["Montevideo", "UY", "1319108"]]))
    ruta = tmp_path / f"padron.{formato}"
    escribir = escribir_xlsx if formato == "xlsx" else escribir_csv
    escribir(ruta, FILAS_MALAS, ENCABEZADOS_MALOS)

    with pytest.raises(ErrorValidacion) as error:
        importar_miembros(contexto, ruta)

    assert lugares(error.value) == LUGARES_MALOS
    mensaje = error.value.mensaje
    assert mensaje.startswith(f"padron.{formato}: 9 problemas; no se importó nada.")
    assert "Fila 4, columna C (Población), valor «12,5»: la población tiene decimales" in mensaje
    assert "Fila 6, columna B (País), valor «Atlántida»: no es un país reconocido" in mensaje
    assert "Fila 10, columna A (Nombre): está vacío" in mensaje
    assert [m["nombre"] for m in listar_miembros(contexto)] == ["Montevideo"]
    assert contar(db, "poblaciones") == 1 and contar(db, "estados_miembro") == 1


def test_poblacion_desmesurada_se_informa_en_su_celda(db, asociacion_id, tmp_path):
    """Un número de 20 cifras (un código pegado en la columna equivocada) no cabe en la base."""
    ruta = escribir_csv(tmp_path / "padron.csv", [["Salto", "UY", "104028"], ["Paysandú", "UY", "99999999999999999999"]])

    with pytest.raises(ErrorValidacion) as error:
        importar_miembros(Contexto(db, asociacion_id), ruta)

    assert lugares(error.value) == [(3, "C")]
    assert contar(db, "miembros") == 0


def test_muchos_errores_se_resumen_en_el_mensaje_pero_se_conservan_todos(db, asociacion_id, tmp_path):
    ruta = escribir_csv(tmp_path / "padron.csv", [[f"Ciudad {i}", "AR", "mucha"] for i in range(60)])

    with pytest.raises(ErrorValidacion) as error:
        importar_miembros(Contexto(db, asociacion_id), ruta)

    assert len(error.value.problemas) == 60
    assert error.value.problemas[-1].fila == 61
    assert "60 problemas" in error.value.mensaje
    assert "… y 10 problemas más." in error.value.mensaje
    assert contar(db, "miembros") == 0


def test_el_mismo_miembro_dos_veces_nombra_ambas_filas(db, asociacion_id, tmp_path):
    ruta = escribir_xlsx(tmp_path / "padron.xlsx", [
        ["Córdoba", "AR", 1000], ["Salta", "AR", 2000], None, ["CORDOBA", "Argentina", 1100]])

    with pytest.raises(ErrorValidacion) as error:
        importar_miembros(Contexto(db, asociacion_id), ruta)

    assert ("Fila 5, columna A (Nombre), valor «CORDOBA»: «CORDOBA» (AR, sin región) ya aparece en la fila 2"
            in error.value.mensaje)
    assert contar(db, "miembros") == 0


def test_repetido_es_el_mismo_codigo_o_el_mismo_nombre_sin_acentos_en_el_mismo_pais_y_region(db, asociacion_id,
                                                                                            tmp_path):
    """El mismo miembro dos veces en un archivo: el mismo código (sin mayúsculas) aunque cambie el nombre, o el mismo
    nombre sin acentos ni mayúsculas en el mismo país y región. El mismo nombre en otra región o en otro país es otro
    miembro."""
    ruta = escribir_xlsx(tmp_path / "padron.xlsx", [
        ["Córdoba", "AR", 1000, "Córdoba"], ["Salta", "AR", 1000], None, ["CORDOBA", "AR", 1000, "cordoba"],
        ["Rosario", "AR", 1000, None, "AR-82084"], ["Ciudad de Rosario", "AR", 1000, None, "ar-82084"],
        ["San José", "UY", 1000, "San José"], ["San José", "AR", 1000, "San José"], ["San José", "UY", 1000, "Montevideo"]],
        encabezados=["Nombre", "País", "Población", "Región", "Código"])

    with pytest.raises(ErrorValidacion) as error:
        importar_miembros(Contexto(db, asociacion_id), ruta)

    assert [str(p) for p in error.value.problemas] == [
        "Fila 5, columna A (Nombre), valor «CORDOBA»: «CORDOBA» (AR, cordoba) ya aparece en la fila 2; cada miembro "
        "debe figurar una sola vez",
        "Fila 7, columna E (Código), valor «ar-82084»: el código «ar-82084» ya aparece en la fila 6; cada miembro debe "
        "figurar una sola vez"]
    assert contar(db, "miembros") == 0


# --- actualizar un padrón existente --------------------------------------------------------

def test_actualizar_agrega_historia_de_poblacion(db, asociacion_id, tmp_path):
    encabezados = ["Nombre", "País", "Población", "Año de la población"]
    contexto = Contexto(db, asociacion_id)
    importar_miembros(contexto, escribir_csv(tmp_path / "2020.csv", [
        ["Rosario", "AR", "1.000.000", "2020"], ["Salto", "UY", "100.000", "2020"]], encabezados))
    segundo = escribir_csv(tmp_path / "2024.csv", [
        ["Rosario", "AR", "1.100.000", "2024"], ["Salto", "UY", "100.000", None], ["Paysandú", "UY", "76.000", "2024"]],
        encabezados)

    resultado = importar_miembros(contexto, segundo)

    assert resultado.resumen() == "1 nuevos, 1 actualizados, 1 sin cambios"
    miembros = por_nombre(db, asociacion_id)
    assert (miembros["Rosario"]["poblacion"], miembros["Rosario"]["anio_poblacion"]) == (1_100_000, 2024)
    assert poblaciones_de(db, "Rosario") == [(1_000_000, 2020), (1_100_000, 2024)]
    assert poblaciones_de(db, "Salto") == [(100_000, 2020)]
    assert (miembros["Paysandú"]["poblacion"], contar(db, "miembros")) == (76_000, 3)


def test_cifra_sin_anio_queda_con_anio_desconocido_y_la_ultima_rige(db, asociacion_id, tmp_path):
    contexto = Contexto(db, asociacion_id)
    importar_miembros(contexto, escribir_csv(tmp_path / "a.csv", [["Rosario", "AR", "1000"]]))
    importar_miembros(contexto, escribir_csv(tmp_path / "b.csv", [["Rosario", "AR", "1200"]]))

    assert por_nombre(db, asociacion_id)["Rosario"]["poblacion"] == 1200
    assert poblaciones_de(db, "Rosario") == [(1000, None), (1200, None)]


def test_una_cifra_con_anio_desplaza_a_la_de_anio_desconocido(db, asociacion_id, tmp_path):
    contexto = Contexto(db, asociacion_id)
    importar_miembros(contexto, escribir_csv(tmp_path / "a.csv", [["Rosario", "AR", "1000"]]))
    resultado = importar_miembros(contexto, escribir_xlsx(
        tmp_path / "censo.xlsx", [["Rosario", "AR", 1350, 2022]], ["Nombre", "País", "Población", "Año de la población"]))
    assert resultado.actualizados == 1
    assert por_nombre(db, asociacion_id)["Rosario"]["poblacion"] == 1350


def test_cifra_informada_como_actualizada_se_ve_en_el_padron(db, asociacion_id, tmp_path):
    """Primer padrón sin año (queda fechado este año); luego llega el censo 2024 con otra cifra."""
    contexto = Contexto(db, asociacion_id)
    importar_miembros(contexto, escribir_csv(tmp_path / "a.csv", [["Rosario", "AR", "1000000"]]))
    censo = escribir_csv(tmp_path / "censo.csv", [["Rosario", "AR", "1100000", str(HOY.year - 1)]],
                         ["Nombre", "País", "Población", "Año de la población"])

    resultado = importar_miembros(contexto, censo)

    assert resultado.actualizados == 1
    assert por_nombre(db, asociacion_id)["Rosario"]["poblacion"] == 1_100_000


def test_reimportar_el_mismo_archivo_no_cambia_nada(db, asociacion_id, tmp_path):
    ruta = escribir_csv(tmp_path / "padron.csv", [["Rosario", "AR", "1000", "2022"]],
                        ["Nombre", "País", "Población", "Año de la población"])
    contexto = Contexto(db, asociacion_id)
    importar_miembros(contexto, ruta)

    assert importar_miembros(contexto, ruta).resumen() == "0 nuevos, 0 actualizados, 1 sin cambios"
    assert contar(db, "poblaciones") == 1


def test_reimportar_una_cifra_antigua_no_la_repite_en_la_historia(db, asociacion_id, tmp_path):
    """Una cifra de 2010 cargada después de la de 2022 queda en la historia una sola vez."""
    encabezados = ["Nombre", "País", "Población", "Año de la población"]
    contexto = Contexto(db, asociacion_id)
    importar_miembros(contexto, escribir_csv(tmp_path / "2022.csv", [["Rosario", "AR", "1000", "2022"]], encabezados))
    antigua = escribir_csv(tmp_path / "2010.csv", [["Rosario", "AR", "900", "2010"]], encabezados)
    importar_miembros(contexto, antigua)

    segunda = importar_miembros(contexto, antigua)

    assert segunda.actualizados == 0
    assert poblaciones_de(db, "Rosario") == [(1000, 2022), (900, 2010)]


def test_nueva_autoridad_reemplaza_a_la_anterior(db, asociacion_id, tmp_path):
    encabezados = ["Nombre", "País", "Población", "Autoridad"]
    contexto = Contexto(db, asociacion_id)
    importar_miembros(contexto, escribir_csv(tmp_path / "a.csv", [["Curitiba", "BR", "1900000", "Ana Souza"]],
                                             encabezados))
    importar_miembros(contexto, escribir_csv(tmp_path / "b.csv", [["Curitiba", "BR", "1900000", "Rafael Greca"]],
                                             encabezados))

    curitiba = por_nombre(db, asociacion_id)["Curitiba"]
    assert (curitiba["autoridad"], curitiba["cargo"]) == ("Rafael Greca", "Prefeito")
    anterior = db.execute("SELECT hasta FROM autoridades WHERE persona = 'Ana Souza'").fetchone()[0]
    assert anterior == (HOY - timedelta(days=1)).isoformat()


@pytest.mark.parametrize("encabezado", [
    "Intendente", "Intendenta", "INTENDENTE", "intendente municipal", "Intendenta Municipal", "Jefe de Gobierno",
    "Jefa de gobierno", "Presidente municipal", "Presidenta Municipal", "Prefeito", "Prefeita", "Alcalde",
    "Alcaldesa", "  alcaldesa  ", "Intendénta"])
def test_la_columna_con_el_titulo_del_cargo_trae_la_autoridad(db, asociacion_id, tmp_path, encabezado):
    """Issue 78 §4: una planilla con la columna «Intendente» (o «Prefeito», «Presidenta municipal»…) trae el nombre
    de la autoridad; se reconoce sola, sin tildes ni mayúsculas, en la vista previa del asistente y en la importación
    de la línea de órdenes (la misma tabla de encabezados)."""
    ruta = escribir_csv(tmp_path / "padron.csv", [["Montevideo", "UY", "1.319.108", "Mario Bergara"]],
                        ["Ciudad", "País", "Población", encabezado])

    previa = vista_previa(ruta)
    assert previa.mapeo["autoridad"] == 3 and previa.problemas == []

    resultado = importar_miembros(Contexto(db, asociacion_id), ruta)

    assert resultado.resumen() == "1 nuevos, 0 actualizados, 0 sin cambios"   # sin «columnas ignoradas»
    montevideo = por_nombre(db, asociacion_id)["Montevideo"]
    assert (montevideo["autoridad"], montevideo["cargo"]) == ("Mario Bergara", "Intendente")


def test_la_columna_prefeita_con_la_columna_cargo(db, asociacion_id, tmp_path):
    """La columna con el título trae el nombre; el título que se guarda es el de la columna Cargo, si la hay."""
    ruta = escribir_csv(tmp_path / "padron.csv", [["Curitiba", "BR", "1.900.000", "Ana Souza", "Prefeita"]],
                        ["Cidade", "País", "População", "Prefeita", "Cargo"])
    importar_miembros(Contexto(db, asociacion_id), ruta)
    curitiba = por_nombre(db, asociacion_id)["Curitiba"]
    assert (curitiba["autoridad"], curitiba["cargo"]) == ("Ana Souza", "Prefeita")


def test_columnas_desconocidas_se_informan_en_el_resumen(db, asociacion_id, tmp_path):
    ruta = escribir_csv(tmp_path / "padron.csv", [["Rosario", "AR", "1000", "x", "Activo"]],
                        ["Nombre", "País", "Población", "Observaciones", "Estado"])
    assert importar_miembros(Contexto(db, asociacion_id), ruta).resumen() == \
        "1 nuevos, 0 actualizados, 0 sin cambios (columnas ignoradas: Observaciones)"


def test_cancelar_mientras_se_escribe_no_deja_nada(db, asociacion_id, tmp_path):
    ruta = escribir_csv(tmp_path / "padron.csv", [[f"Ciudad {i}", "AR", str(i)] for i in range(1200)])

    def progreso(etapa, hecho, total):
        if etapa == "escribiendo" and hecho >= 1000:
            raise Cancelado("Operación cancelada: no se modificó nada.")

    with pytest.raises(Cancelado):
        importar_miembros(Contexto(db, asociacion_id), ruta, progreso=progreso)
    assert (contar(db, "miembros"), contar(db, "poblaciones"), contar(db, "estados_miembro")) == (0, 0, 0)


# --- archivos que no se pueden importar -----------------------------------------------------

@pytest.mark.parametrize("nombre", ["padron.xls", "padron.doc", "padron.ods"])
def test_extension_no_admitida(db, asociacion_id, tmp_path, nombre):
    (tmp_path / nombre).write_text("Nombre;País;Población\nRosario;AR;1\n", encoding="utf-8")
    with pytest.raises(ErrorEscritorio, match=r"formato no admitido\. Use un libro de Excel \(\.xlsx\) o un archivo \.csv"):
        importar_miembros(Contexto(db, asociacion_id), tmp_path / nombre)


def test_archivo_inexistente(db, asociacion_id, tmp_path):
    with pytest.raises(ErrorEscritorio, match="No existe el archivo .*no_esta.xlsx"):
        importar_miembros(Contexto(db, asociacion_id), tmp_path / "no_esta.xlsx")


def test_xlsx_que_no_es_un_libro_de_excel(db, asociacion_id, tmp_path):
    (tmp_path / "padron.xlsx").write_text("Nombre;País\n", encoding="utf-8")
    with pytest.raises(ErrorEscritorio, match="No se puede leer padron.xlsx como libro de Excel"):
        importar_miembros(Contexto(db, asociacion_id), tmp_path / "padron.xlsx")


def test_hoja_vacia(db, asociacion_id, tmp_path):
    ruta = escribir_xlsx(tmp_path / "padron.xlsx", [], encabezados=None)
    with pytest.raises(ErrorEscritorio, match="está vacía"):
        importar_miembros(Contexto(db, asociacion_id), ruta)


@pytest.mark.parametrize("formato", ["xlsx", "csv"])
def test_solo_encabezados(db, asociacion_id, tmp_path, formato):
    ruta = (escribir_xlsx if formato == "xlsx" else escribir_csv)(tmp_path / f"padron.{formato}", [])
    with pytest.raises(ErrorValidacion, match="no tiene filas de datos debajo de los encabezados"):
        importar_miembros(Contexto(db, asociacion_id), ruta)


def test_csv_vacio(db, asociacion_id, tmp_path):
    (tmp_path / "padron.csv").write_bytes(b"")
    with pytest.raises(ErrorEscritorio, match="padron.csv está vacío"):
        importar_miembros(Contexto(db, asociacion_id), tmp_path / "padron.csv")


def test_celda_enorme_en_csv_da_un_mensaje_y_no_un_error_inesperado(db, asociacion_id, tmp_path):
    ruta = escribir_csv(tmp_path / "padron.csv", [["x" * 200_000, "AR", "10"]])
    with pytest.raises(ErrorEscritorio):
        importar_miembros(Contexto(db, asociacion_id), ruta)
    assert contar(db, "miembros") == 0
