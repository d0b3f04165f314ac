"""`escritorio miembros importar` con planillas hostiles, por la entrada del programa (la fixture `cli`): código de
salida 1, un mensaje en castellano que dice qué, dónde (archivo, fila, columna, valor) y cómo arreglarlo, nada de
inglés ni «Lo sentimos», nada invisible en la consola, y la base con las mismas cuentas en todas sus tablas. Igual
con --simular. Issue #12 «Entrada hostil».
"""

from contextlib import closing
import sqlite3

import pytest

from archivos_hostiles import ROTOS
from ayudas import escribir_csv, listar_cli, sin_traza


INGLES = ("file is not", "zip file", "field larger", "field limit", "unclosed token", "there is no item",
          "permission denied", "is a directory", "invalid", "expected", "codec", "can't decode")
INVISIBLES = "\x00\x07\x08\x1b\u202e\u2066\r"


def cuentas(base) -> dict[str, int]:
    with closing(sqlite3.connect(f"file:{base}?mode=ro", uri=True)) as conexion, conexion:
        tablas = [f[0] for f in conexion.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: conexion.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tablas}


@pytest.fixture
def con_bahia(base_cli, tmp_path, cli):
    """La RML (Argentina y Uruguay) con «Bahía Blanca» y Rosario importados por la CLI."""
    previo = escribir_csv(tmp_path / "previo.csv", [["Bahía Blanca", "AR", "301.572", "Buenos Aires"],
                                                    ["Rosario", "AR", "1.276.000", "Santa Fe"]],
                          ["Nombre", "País", "Población", "Región"])
    assert cli("miembros", "importar", previo, db=base_cli).returncode == 0
    return base_cli


def rechazada(cli, base, ruta) -> str:
    """Importa con y sin --simular: las dos veces sale con 1, el mismo mensaje, y la base no cambia."""
    antes = cuentas(base)
    salidas = []
    for extra in (("--simular",), ()):
        resultado = cli("miembros", "importar", *extra, ruta, db=base)
        sin_traza(resultado)
        assert resultado.returncode == 1, resultado.stdout + resultado.stderr
        assert resultado.stdout == ""
        assert cuentas(base) == antes
        salidas.append(resultado.stderr)
    assert salidas[0] == salidas[1]
    mensaje = salidas[0]
    assert ruta.name in mensaje
    assert "Lo sentimos" not in mensaje
    assert not [f for f in INGLES if f in mensaje.lower()], mensaje
    assert not [c for c in INVISIBLES if c in mensaje], repr(mensaje)
    return mensaje


def nombres(cli, base) -> list[str]:
    return sorted(m["nombre"] for m in listar_cli(cli, base))


# --- caracteres invisibles y largos ------------------------------------------------------------

@pytest.mark.parametrize("columna, escrito, esperado", [
    ("Nombre", "Rosa\x07rio", "Fila 3, columna A (Nombre), valor «Rosa�rio»: tiene un carácter de control invisible "
                              "(U+0007, posición 5); bórrelo y vuelva a escribir esa parte del texto"),
    ("Región", "Santa \u202eFe", "Fila 3, columna D (Región), valor «Santa �Fe»: tiene un carácter invisible que "
                                 "cambia el orden en que se ve el texto (U+202E, posición 7); bórrelo"),
    ("Autoridad", "Ana\x00Díaz", "Fila 3, columna E (Autoridad), valor «Ana�Díaz»: tiene un carácter nulo (U+0000, "
                                 "posición 4)"),
    ("Correo", "ri@ro\x1bsario.gob.ar", "Fila 3, columna F (Correo), valor «ri@ro�sario.gob.ar»: tiene un carácter "
                                        "de control invisible (U+001B"),
    ("Fuente", "INDEC\r\n2022", "Fila 3, columna G (Fuente), valor «INDEC��2022»: tiene un retorno de carro "
                                "(posición 6); escríbalo en una sola línea"),
    ("Nombre", "x" * 100_000, "Fila 3, columna A (Nombre), valor «xxxx"),
])
def test_celda_con_caracteres_invisibles_o_enorme_se_rechaza(cli, con_bahia, tmp_path, columna, escrito, esperado):
    encabezados = ["Nombre", "País", "Población", "Región", "Autoridad", "Correo", "Fuente"]
    fila = ["Paysandú", "UY", "113.107", "Paysandú", "Nicolás Olivera", "intendencia@paysandu.gub.uy", "INE"]
    fila[encabezados.index(columna)] = escrito
    ruta = escribir_csv(tmp_path / "padron.csv", [["Salto", "UY", "104.028", None, None, None, None], fila],
                        encabezados)

    mensaje = rechazada(cli, con_bahia, ruta)

    assert mensaje.startswith("padron.csv: 1 problema; no se importó nada. Corríjalo y vuelva a importar:")
    assert esperado in mensaje
    if len(escrito) > 1000:
        assert "es demasiado largo (100.000 caracteres; el máximo es 200); acórtelo" in mensaje
        assert len(mensaje) < 600
    assert nombres(cli, con_bahia) == ["Bahía Blanca", "Rosario"]


# --- codificación ------------------------------------------------------------------------------

def test_utf8_con_un_byte_latin1_suelto_no_crea_bahia_con_mojibake(cli, con_bahia, tmp_path):
    ruta = tmp_path / "padron.csv"
    ruta.write_bytes("Nombre;Pais;Poblacion;Region\r\nBahía Blanca;AR;310.000;Buenos Aires\r\n".encode("utf-8")
                     + "Paraná;AR;247.863;Entre Ríos\r\n".encode("latin-1"))

    mensaje = rechazada(cli, con_bahia, ruta)

    assert mensaje.startswith("padron.csv tiene dos codificaciones de texto mezcladas")
    assert "la fila 3, columna A (Nombre)" in mensaje
    assert "guarde el archivo entero como UTF-8" in mensaje
    miembros = listar_cli(cli, con_bahia)
    assert sorted(m["nombre"] for m in miembros) == ["Bahía Blanca", "Rosario"]
    assert [m["poblacion"] for m in miembros if m["nombre"] == "Bahía Blanca"] == [301_572]


def test_texto_unicode_utf16_de_excel_se_importa(cli, con_bahia, tmp_path):
    """Excel > Guardar como > Texto Unicode (*.txt): UTF-16 con marca, separado por tabuladores."""
    ruta = tmp_path / "padron.txt"
    ruta.write_bytes("\ufeffNombre\tPaís\tPoblación\tRegión\r\nBahía Blanca\tAR\t310.000\tBuenos Aires\r\n"
                     "Paysandú\tUY\t113.107\t\r\n".encode("utf-16-le"))

    resultado = cli("miembros", "importar", ruta, db=con_bahia)

    assert resultado.returncode == 0, resultado.stderr
    assert "1 nuevos, 1 actualizados" in resultado.stdout
    assert nombres(cli, con_bahia) == ["Bahía Blanca", "Paysandú", "Rosario"]


# --- archivos rotos ---------------------------------------------------------------------------

@pytest.mark.parametrize("como", ROTOS.values(), ids=ROTOS.keys())
def test_archivo_roto_sale_con_1_y_un_mensaje_en_castellano(cli, con_bahia, tmp_path, como):
    nombre, crear, esperado = como
    ruta = crear(tmp_path / nombre)

    mensaje = rechazada(cli, con_bahia, ruta)

    assert esperado in mensaje


# --- cifras, fechas y países -----------------------------------------------------------------

def test_cifras_arabes_ancho_completo_y_fechas_imposibles(cli, con_bahia, tmp_path):
    ruta = escribir_csv(tmp_path / "padron.csv", [
        ["Salto", "UY", "١٢٣٤", None, None],
        ["Rivera", "UY", "78.900", "２０２０", None],
        ["Artigas", "UY", "40.000", None, "01/01/0001"],
        ["Colonia", "UY", "27.000", None, "31/12/9999"],
    ], ["Nombre", "País", "Población", "Año de la población", "Fecha de ingreso"])

    mensaje = rechazada(cli, con_bahia, ruta)

    assert "4 problemas" in mensaje
    assert ("Fila 2, columna C (Población), valor «١٢٣٤»: la población tiene cifras que no son del 0 al 9 (por "
            "ejemplo «١»)") in mensaje
    assert "Fila 3, columna D (Año de la población), valor «２０２０»: «２０２０» no es un año" in mensaje
    assert "Fila 4, columna E (Fecha de ingreso), valor «01/01/0001»: 01/01/0001 es anterior a 01/01/1800" in mensaje
    assert "Fila 5, columna E (Fecha de ingreso), valor «31/12/9999»: 31/12/9999 está en el futuro" in mensaje


def test_pais_que_la_asociacion_no_incluye(cli, con_bahia, tmp_path):
    ruta = escribir_csv(tmp_path / "padron.csv", [["Salto", "UY", "104.028"], ["Porto Alegre", "Brasil", "1.332.570"]])

    mensaje = rechazada(cli, con_bahia, ruta)

    assert ("Fila 3, columna B (País), valor «Brasil»: Brasil (BR) no es un país de la asociación; sus países son: "
            "Argentina (AR), Uruguay (UY)") in mensaje


# --- repetidos: columna y valor ---------------------------------------------------------------

def test_repetidos_dicen_la_columna_y_el_valor_que_chocan(cli, con_bahia, tmp_path):
    ruta = escribir_csv(tmp_path / "padron.csv", [
        ["Salto", "UY", "104.028", "UY-SA"],
        ["Ciudad de Salto", "UY", "104.028", "uy-sa"],   # fila 3: mismo código que la 2
        ["Rivera", "UY", "78.900", None],
        ["RIVERA", "Uruguay", "78.900", None],           # fila 5: mismo nombre que la 4
    ], ["Nombre", "País", "Población", "Código"])

    mensaje = rechazada(cli, con_bahia, ruta)

    assert "Fila 3, columna D (Código), valor «uy-sa»: el código «uy-sa» ya aparece en la fila 2" in mensaje
    assert "Fila 5, columna A (Nombre), valor «RIVERA»: «RIVERA» (UY, sin región) ya aparece en la fila 4" in mensaje
    assert "2 problemas" in mensaje


# --- nombres de archivo hostiles (E-fallos 6) --------------------------------------------------

@pytest.mark.parametrize("nombre", ["a" * 300 + ".csv", "padron\x07\u202e.csv"], ids=["largo", "invisibles"])
def test_un_nombre_de_archivo_desmedido_o_con_invisibles_se_cita_corto_y_limpio(cli, con_bahia, tmp_path, nombre):
    ruta = tmp_path / nombre
    if len(nombre) < 255:
        escribir_csv(ruta, [["Salto", "UY", "1", "x\x07"]], ["Nombre", "País", "Población", "Región"])
    antes = cuentas(con_bahia)

    resultado = cli("miembros", "importar", ruta, db=con_bahia)

    sin_traza(resultado)
    assert resultado.returncode == 1
    assert cuentas(con_bahia) == antes
    assert "Lo sentimos" not in resultado.stderr and "Errno" not in resultado.stderr
    assert not [c for c in INVISIBLES if c in resultado.stderr]
    assert len(resultado.stderr) < 600
    if len(nombre) > 255:
        assert "el nombre del archivo (o el de alguna de sus carpetas) es demasiado largo" in resultado.stderr
        assert "a" * 300 not in resultado.stderr
    else:
        assert resultado.stderr.startswith("padron��.csv: 1 problema")
    registro = tmp_path / "casa" / "datos" / "Escritorio" / "registro" / "escritorio.log"
    assert not registro.exists() or "Error inesperado" not in registro.read_text(encoding="utf-8")
