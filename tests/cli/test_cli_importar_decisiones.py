"""«miembros importar --omitir-fila N --corregir "N:COLUMNA=VALOR"» (issue 61 §5): quien importa decide qué hacer con
cada fila con problemas sin tocar el archivo, que queda igual byte por byte. Lo corregido pasa por la misma validación
que el resto (una corrección que sigue mal sigue siendo un problema, con su motivo); la importación sigue siendo todo o
nada con lo decidido; lo omitido y lo corregido se dicen en el resultado. Una opción mal escrita dice qué, dónde y
cómo arreglarlo.
"""

import pytest

from ayudas import escribir_csv, listar_cli, sin_traza

ENCABEZADOS = ["Nombre", "País", "Población", "Correo de contacto"]
FILAS = [["Rosario", "AR", "1.276.000", "prensa@rosario.gob.ar"],   # fila 2
         ["Paraná", "AR", "mucha", ""],                              # fila 3: la población no es un número
         ["Salto", "UY", "104.028", ""],                             # fila 4
         ["Marte", "ZZ", "10", ""],                                  # fila 5: no es un país
         ["Córdoba", "AR", "1.329.604", "info(at)cordoba.gob.ar"]]   # fila 6: el correo no es un correo


@pytest.fixture
def planilla(tmp_path):
    ruta = escribir_csv(tmp_path / "ciudades.csv", FILAS, ENCABEZADOS)
    return ruta, ruta.read_bytes()


def _miembros(cli, base) -> dict[str, dict]:
    return {m["nombre"]: m for m in listar_cli(cli, base)}


def test_sin_decidir_nada_el_archivo_se_rechaza_entero(cli, base_cli, planilla):
    ruta, _ = planilla
    resultado = cli("miembros", "importar", ruta, db=base_cli)
    assert resultado.returncode == 1
    assert "3 problemas; no se importó nada" in resultado.stderr
    assert "--omitir-fila N no importa esa fila" in resultado.stderr   # y dice cómo seguir sin tocar el archivo
    assert _miembros(cli, base_cli) == {}


def test_omitir_y_corregir_importa_lo_decidido_y_el_archivo_no_cambia(cli, base_cli, planilla):
    ruta, bytes_antes = planilla
    # Como proceso: la orden tal como la escribe quien usa la terminal.
    resultado = cli("miembros", "importar", ruta, "--corregir", "3:Población=247.863", "--omitir-fila", "5",
                    "--corregir", "6:Correo=info@cordoba.gob.ar", db=base_cli, proceso_real=True)
    sin_traza(resultado)
    assert resultado.returncode == 0, resultado.stderr
    assert "4 nuevos" in resultado.stdout
    assert "4 filas se importan (2 corregidas: filas 3, 6); 1 se omite: fila 5" in resultado.stdout
    miembros = _miembros(cli, base_cli)
    assert sorted(miembros) == ["Córdoba", "Paraná", "Rosario", "Salto"]
    assert miembros["Paraná"]["poblacion"] == 247_863
    assert miembros["Córdoba"]["correo"] == "info@cordoba.gob.ar"
    assert miembros["Rosario"]["correo"] == "prensa@rosario.gob.ar"
    assert ruta.read_bytes() == bytes_antes


def test_la_columna_por_su_letra_y_simular_dice_lo_decidido(cli, base_cli, planilla):
    ruta, bytes_antes = planilla
    opciones = ("--corregir", "3:c=247.863", "--omitir-fila", "5", "--omitir-fila", "6")
    simulado = cli("miembros", "importar", "--simular", ruta, *opciones, db=base_cli)
    assert simulado.returncode == 0, simulado.stderr
    assert "3 nuevos" in simulado.stdout
    assert "3 filas se importan (1 corregida: fila 3); 2 se omiten: filas 5, 6" in simulado.stdout
    assert _miembros(cli, base_cli) == {}
    resultado = cli("miembros", "importar", ruta, *opciones, db=base_cli)
    assert resultado.returncode == 0, resultado.stderr
    assert sorted(_miembros(cli, base_cli)) == ["Paraná", "Rosario", "Salto"]
    assert ruta.read_bytes() == bytes_antes


def test_una_correccion_que_sigue_mal_sigue_siendo_un_problema_y_no_se_importa_nada(cli, base_cli, planilla):
    ruta, bytes_antes = planilla
    resultado = cli("miembros", "importar", ruta, "--corregir", "3:Población=muchísima", "--omitir-fila", "5",
                    "--corregir", "6:Correo=info@cordoba.gob.ar", db=base_cli)
    assert resultado.returncode == 1
    assert "1 problema; no se importó nada" in resultado.stderr
    assert "Fila 3, columna C (Población), valor «muchísima»: la población" in resultado.stderr
    assert _miembros(cli, base_cli) == {}
    assert ruta.read_bytes() == bytes_antes


@pytest.mark.parametrize("opciones, codigo, esperado", [
    (("--corregir", "3Población=1"), 2, "escriba FILA:COLUMNA=VALOR"),
    (("--corregir", "3:Población"), 2, "escriba FILA:COLUMNA=VALOR"),
    (("--omitir-fila", "1"), 2, "la 1 tiene los encabezados"),
    (("--omitir-fila", "tres"), 2, "use el número de fila que muestra la hoja de cálculo"),
    (("--corregir", "3:Zeta=1"), 1, "el archivo no tiene una columna «Zeta»; nómbrela por su letra o su encabezado"),
    (("--corregir", "3:Z=1"), 1, "el archivo no tiene una columna «Z»"),
    (("--omitir-fila", "3", "--corregir", "3:C=1"), 1, "fila 3: se pidió omitirla y corregirla a la vez"),
    (("--corregir", "3:C=1", "--corregir", "3:Población=2"), 1, "fila 3: la columna C se corrige dos veces"),
    (("--omitir-fila", "3", "--omitir-fila", "5", "--omitir-fila", "6", "--omitir-fila", "99"), 1,
     "Fila 99: el archivo no tiene esta fila"),
])
def test_una_opcion_mal_escrita_dice_que_donde_y_como(cli, base_cli, planilla, opciones, codigo, esperado):
    ruta, bytes_antes = planilla
    resultado = cli("miembros", "importar", ruta, *opciones, db=base_cli)
    sin_traza(resultado)
    assert resultado.returncode == codigo, resultado.stdout + resultado.stderr
    assert esperado in resultado.stderr
    assert _miembros(cli, base_cli) == {}
    assert ruta.read_bytes() == bytes_antes


def test_una_columna_que_no_se_importa_no_se_puede_corregir(cli, base_cli, tmp_path):
    ruta = escribir_csv(tmp_path / "con_notas.csv", [["Paraná", "AR", "mucha", "una nota"]],
                        ["Nombre", "País", "Población", "Notas"])
    resultado = cli("miembros", "importar", ruta, "--corregir", "2:Notas=otra", db=base_cli)
    assert resultado.returncode == 1
    assert "la columna D no se importa" in resultado.stderr
    assert "A (Nombre), B (País), C (Población)" in resultado.stderr
    assert "--corregir" in resultado.stderr   # la línea de órdenes nombra sus opciones


def test_omitir_todas_las_filas_no_deja_nada_que_importar(cli, base_cli, planilla):
    ruta, _ = planilla
    opciones = [x for n in range(2, 7) for x in ("--omitir-fila", str(n))]
    resultado = cli("miembros", "importar", ruta, *opciones, db=base_cli)
    assert resultado.returncode == 1
    assert "Se omitieron todas las filas del archivo: no queda nada que importar" in resultado.stderr
