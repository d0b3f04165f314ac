"""Importar planillas hostiles: caracteres invisibles, codificaciones mezcladas, archivos rotos, cifras raras,
países ajenos y repetidos. Cada rechazo nombra fila, columna y valor, dice cómo arreglarlo, y la base queda
exactamente como estaba (las mismas cuentas en todas las tablas).

Issue #12 «Entrada hostil». Los archivos son reales, en disco, como los deja Excel (o como quedan rotos).
"""

import os
from datetime import date

import pytest

from archivos_hostiles import BUENA, INVISIBLES, ROTOS, TODAS, buena_con
from ayudas import escribir_csv, escribir_xlsx
from escritorio.dominio import entrada
from escritorio.dominio.importacion import letra_columna
from escritorio.errores import ErrorEscritorio, ErrorValidacion
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.importacion import analizar, exportar_problemas, importar_miembros
from escritorio.servicios.miembros import listar_miembros

# Fragmentos de los mensajes en inglés de las bibliotecas (zipfile, csv, ElementTree, openpyxl, el disco).
INGLES = ("file is not", "zip file", "field larger", "field limit", "unclosed token", "there is no item",
          "not well-formed", "permission denied", "is a directory", "no such file", "invalid", "expected",
          "traceback", "lo sentimos", "codec", "can't decode")


def cuentas(db) -> dict[str, int]:
    """Filas de cada tabla: lo que tiene que quedar igual tras un rechazo."""
    tablas = db.table_names()
    return {t: db.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tablas}


def nombres(db, asociacion) -> list[str]:
    return sorted(m["nombre"] for m in listar_miembros(Contexto(db, asociacion)))


def sin_ingles(mensaje: str) -> None:
    bajo = mensaje.lower()
    assert not [f for f in INGLES if f in bajo], mensaje


@pytest.fixture
def con_bahia(db, asociacion_id, tmp_path):
    """Un padrón con «Bahía Blanca» ya cargado (y Rosario): lo que un archivo hostil no debe estropear."""
    importar_miembros(Contexto(db, asociacion_id), escribir_csv(tmp_path / "previo.csv", [
        ["Bahía Blanca", "AR", "301.572", "Buenos Aires"], ["Rosario", "AR", "1.276.000", "Santa Fe"]],
                                                             ["Nombre", "País", "Población", "Región"]))
    return asociacion_id


def rechazo(db, asociacion, ruta, tipo=ErrorValidacion):
    """Importa `ruta` esperando un rechazo; comprueba que la simulación (analizar) y la importación den el
    mismo mensaje y que no cambie ninguna cuenta de la base."""
    antes = cuentas(db)
    contexto = Contexto(db, asociacion)
    with pytest.raises(tipo) as simulado:
        analizar(contexto, ruta)
    with pytest.raises(tipo) as error:
        importar_miembros(contexto, ruta)
    assert simulado.value.mensaje == error.value.mensaje
    assert cuentas(db) == antes
    sin_ingles(error.value.mensaje)
    assert ruta.name in error.value.mensaje
    return error.value


# --- 1. caracteres invisibles y saltos de línea, en cualquier celda ------------------------------

# Cada carácter una vez y cada columna una vez, por un archivo de verdad en los dos motores (la diagonal de la tabla:
# el carácter i en la columna i). Que la regla dé el mismo rechazo en las 13 × 13 combinaciones lo prueba, sin
# archivos ni base, tests/dominio/test_invisibles_en_cada_celda.py.
DIAGONAL = list(zip(INVISIBLES.items(), TODAS, strict=True))


@pytest.mark.parametrize("nombre_y_caracter, columna", DIAGONAL,
                         ids=[f"{nombre}-{columna}" for (nombre, _), columna in DIAGONAL])
def test_caracter_invisible_en_cualquier_celda_rechaza_la_fila_con_fila_columna_y_valor(
        db, con_bahia, tmp_path, nombre_y_caracter, columna):
    _, caracter = nombre_y_caracter
    indice = TODAS.index(columna)
    fila = buena_con(columna, caracter)
    ruta = escribir_csv(tmp_path / "padron.csv", [["Salto", "UY", "104.028"] + [""] * 10, fila], TODAS)

    error = rechazo(db, con_bahia, ruta)

    assert len(error.problemas) == 1
    problema = error.problemas[0]
    motivo = entrada.caracter_prohibido(fila[indice])[1]
    assert (problema.fila, problema.columna, problema.encabezado) == (3, letra_columna(indice), columna)
    assert problema.valor == entrada.muestra(fila[indice], 60)
    assert problema.motivo == motivo
    assert f"Fila 3, columna {letra_columna(indice)} ({columna}), valor «{problema.valor}»: {motivo}" in error.mensaje
    assert not any(c in error.mensaje for c in "\x00\x07\x08\x1b\u202e\u2066")  # nada invisible en pantalla
    assert nombres(db, con_bahia) == ["Bahía Blanca", "Rosario"]


@pytest.mark.parametrize("caracter", ["\u202e", "\n"], ids=["RLO", "salto"])
def test_caracter_invisible_en_un_xlsx_tambien(db, con_bahia, tmp_path, caracter):
    ruta = escribir_xlsx(tmp_path / "padron.xlsx", [["Salto", "UY", 104028, f"Norte{caracter}Sur"]],
                         ["Nombre", "País", "Población", "Región"])

    error = rechazo(db, con_bahia, ruta)

    assert [(p.fila, p.columna, p.motivo) for p in error.problemas] == [
        (2, "D", entrada.caracter_prohibido(f"Norte{caracter}Sur")[1])]


def _xlsx_como_lo_guarda_excel(ruta, filas, cambios: dict[bytes, bytes]):
    """Un .xlsx con el XML retocado como lo escribe Excel (openpyxl no escribe los escapes «_xHHHH_»)."""
    import zipfile

    origen = escribir_xlsx(ruta.with_name("origen.xlsx"), filas)
    with zipfile.ZipFile(origen) as leido, zipfile.ZipFile(ruta, "w") as escrito:
        for parte in leido.infolist():
            datos = leido.read(parte.filename)
            for antes, despues in cambios.items():
                datos = datos.replace(antes, despues)
            escrito.writestr(parte, datos)
    return ruta


def test_un_caracter_de_control_que_excel_guardo_como_x0007_se_rechaza_por_su_nombre(db, con_bahia, tmp_path):
    """Excel guarda BEL dentro de un .xlsx como «_x0007_»: se rechaza como BEL, no se guarda «Rosa_x0007_rio»."""
    ruta = _xlsx_como_lo_guarda_excel(tmp_path / "padron.xlsx", [["RosaMARCArio", "AR", 1]],
                                      {b"RosaMARCA": b"Rosa_x0007_"})

    error = rechazo(db, con_bahia, ruta)

    assert [(p.fila, p.columna, p.valor) for p in error.problemas] == [(2, "A", "Rosa�rio")]
    assert "U+0007" in error.problemas[0].motivo


def test_un_x_escrito_a_mano_en_excel_se_conserva(db, con_bahia, tmp_path):
    """Quien escribe «Villa_x0041_» en Excel lo ve guardado como «Villa_x005F_x0041_»: se importa tal cual."""
    ruta = _xlsx_como_lo_guarda_excel(tmp_path / "padron.xlsx", [["VillaMARCA", "AR", 1]],
                                      {b"VillaMARCA": b"Villa_x005F_x0041_"})

    importar_miembros(Contexto(db, con_bahia), ruta)

    assert nombres(db, con_bahia) == ["Bahía Blanca", "Rosario", "Villa_x0041_"]


def test_un_espacio_de_ancho_cero_no_crea_un_segundo_rosario(db, con_bahia, tmp_path):
    """«Rosario» pegado desde una página web con un espacio de ancho cero se ve igual que «Rosario»: guardarlo
    crearía un miembro nuevo idéntico a la vista. Se rechaza diciendo qué es."""
    ruta = escribir_csv(tmp_path / "padron.csv", [["Rosario\u200b", "AR", "1.300.000", "Santa Fe"]],
                        ["Nombre", "País", "Población", "Región"])

    error = rechazo(db, con_bahia, ruta)

    assert [(p.fila, p.columna) for p in error.problemas] == [(2, "A")]
    assert "tiene un carácter invisible (U+200B, posición 8), de los que quedan al copiar de una página web" in error.mensaje
    assert nombres(db, con_bahia) == ["Bahía Blanca", "Rosario"]


# --- 1. largos -------------------------------------------------------------------------------

def test_un_nombre_de_cien_mil_caracteres_se_rechaza_citado_corto(db, con_bahia, tmp_path):
    ruta = escribir_csv(tmp_path / "padron.csv", [["x" * 100_000, "AR", "10"]])

    error = rechazo(db, con_bahia, ruta)

    assert [(p.fila, p.columna) for p in error.problemas] == [(2, "A")]
    assert "es demasiado largo (100.000 caracteres; el máximo es 200); acórtelo" in error.mensaje
    assert len(error.mensaje) < 600  # el valor se cita recortado, no entero


@pytest.mark.parametrize("columna, maximo", [
    ("Nombre", entrada.LARGO_NOMBRE), ("Región", entrada.LARGO_NOMBRE), ("Autoridad", entrada.LARGO_NOMBRE),
    ("Cargo", entrada.LARGO_CORTO), ("Fuente", entrada.LARGO_CORTO), ("Correo", entrada.LARGO_CORTO),
    ("Teléfono", entrada.LARGO_CORTO), ("Código", entrada.LARGO_CORTO),
])
def test_largo_maximo_de_cada_columna(db, asociacion_id, tmp_path, columna, maximo):
    indice = TODAS.index(columna)

    def con_largo(largo: int) -> list[str]:
        fila = list(BUENA)
        if columna == "Correo":
            fila[indice] = "a" * (largo - len("@rosario.gob.ar")) + "@rosario.gob.ar"
        else:
            fila[indice] = "R" * largo
        return fila

    rechazado = rechazo(db, asociacion_id, escribir_csv(tmp_path / "largo.csv", [con_largo(maximo + 1)], TODAS))
    assert [(p.columna, p.motivo) for p in rechazado.problemas] == [
        (letra_columna(indice), f"es demasiado largo ({maximo + 1:,} caracteres; el máximo es {maximo:,}); "
                                "acórtelo".replace(",", "."))]

    contexto = Contexto(db, asociacion_id)
    importar_miembros(contexto, escribir_csv(tmp_path / "justo.csv", [con_largo(maximo)], TODAS))
    assert len(listar_miembros(contexto)) == 1


# --- 2. codificación decidida por archivo ----------------------------------------------------

def test_utf8_con_un_byte_latin1_suelto_se_detiene_y_nombra_la_fila_sin_crear_mojibake(db, con_bahia, tmp_path):
    ruta = tmp_path / "padron.csv"
    ruta.write_bytes("Nombre;Pais;Poblacion;Region\r\nBahía Blanca;AR;310.000;Buenos Aires\r\n".encode("utf-8")
                     + "Paraná;AR;247.863;Entre Ríos\r\n".encode("latin-1"))

    error = rechazo(db, con_bahia, ruta, ErrorEscritorio)

    assert error.mensaje.startswith("padron.csv tiene dos codificaciones de texto mezcladas")
    assert "la fila 3, columna A (Nombre)" in error.mensaje
    assert "guarde el archivo entero como UTF-8" in error.mensaje and "CSV UTF-8" in error.mensaje
    assert nombres(db, con_bahia) == ["Bahía Blanca", "Rosario"]
    assert not db.execute("SELECT count(*) FROM miembros WHERE nombre LIKE '%Ã%'").fetchone()[0]
    bahia = next(m for m in listar_miembros(Contexto(db, con_bahia)) if m["nombre"] == "Bahía Blanca")
    assert bahia["poblacion"] == 301_572  # ni actualizada a medias


def test_el_byte_raro_en_otra_columna_nombra_esa_columna(db, con_bahia, tmp_path):
    ruta = tmp_path / "padron.csv"
    ruta.write_bytes("Nombre;País;Población;Región\r\nSalto;UY;104.028;\r\n".encode("utf-8")
                     + b'"Villa\r\nNorte";AR;10;\r\nConcordia;AR;170.000;Entre R\xedos\r\n')

    error = rechazo(db, con_bahia, ruta, ErrorEscritorio)

    # La celda de dos líneas es una sola fila de la hoja: el byte raro está en la fila 4, columna D.
    assert "la fila 4, columna D (Región)" in error.mensaje
    assert "«Entre R�os»" in error.mensaje


def test_utf8_con_marca_y_un_byte_suelto_tambien_se_detiene(db, con_bahia, tmp_path):
    ruta = tmp_path / "padron.csv"
    ruta.write_bytes(b"\xef\xbb\xbfNombre;Pa\xc3\xads;Poblaci\xc3\xb3n\r\nSalto;UY;104.028\r\nTrinidad\xa0;UY;21.000\r\n")

    error = rechazo(db, con_bahia, ruta, ErrorEscritorio)

    assert "la fila 3, columna A (Nombre)" in error.mensaje


def test_utf8_valido_actualiza_bahia_blanca_sin_duplicarla(db, con_bahia, tmp_path):
    ruta = escribir_csv(tmp_path / "padron.csv", [["Bahía Blanca", "AR", "310.000", "Buenos Aires"]],
                        ["Nombre", "País", "Población", "Región"])

    resultado = importar_miembros(Contexto(db, con_bahia), ruta)

    assert (resultado.nuevos, resultado.actualizados) == (0, 1)
    assert nombres(db, con_bahia) == ["Bahía Blanca", "Rosario"]


def test_la_linea_sep_de_excel_fija_el_separador_y_no_cuenta_como_fila(db, con_bahia, tmp_path):
    ruta = tmp_path / "padron.csv"
    # Sin la línea «sep=,», los cuatro «;» de Notas harían elegir «;» como separador.
    ruta.write_text("sep=,\r\nNombre,País,Población,Notas;a;b;c;d\r\nPaysandú,UY,113107,\r\nArtigas,UY,muchos,\r\n",
                    encoding="utf-8")

    error = rechazo(db, con_bahia, ruta)

    # Como en Excel: los encabezados en la fila 1, Artigas en la 3.
    assert [(p.fila, p.columna, p.valor) for p in error.problemas] == [(3, "C", "muchos")]


def test_texto_delimitado_por_tabulaciones_de_excel_en_windows_1252(db, con_bahia, tmp_path):
    ruta = tmp_path / "padron.txt"
    ruta.write_bytes("Nombre\tPaís\tPoblación\r\nPaysandú\tUY\t113.107\r\n".encode("cp1252"))

    assert importar_miembros(Contexto(db, con_bahia), ruta).nuevos == 1
    assert "Paysandú" in nombres(db, con_bahia)


def test_windows_1252_sin_ningun_utf8_se_lee_como_windows_1252(db, con_bahia, tmp_path):
    ruta = escribir_csv(tmp_path / "padron.csv", [["Bahía Blanca", "AR", "310.000", "Buenos Aires"],
                                                  ["Paysandú", "UY", "113.107", None]],
                        ["Nombre", "País", "Población", "Región"], codificacion="cp1252")

    resultado = importar_miembros(Contexto(db, con_bahia), ruta)

    assert (resultado.nuevos, resultado.actualizados) == (1, 1)
    assert nombres(db, con_bahia) == ["Bahía Blanca", "Paysandú", "Rosario"]


def test_un_byte_que_no_es_nada_en_windows_1252_nombra_su_fila(db, con_bahia, tmp_path):
    ruta = tmp_path / "padron.csv"
    ruta.write_bytes(b"Nombre;Pa\xeds;Poblaci\xf3n\r\nPaysand\xfa;UY;113.107\r\nArtigas\x81;UY;40.000\r\n")

    error = rechazo(db, con_bahia, ruta, ErrorEscritorio)

    assert "la fila 3, columna A (Nombre) tiene un byte que no es texto (0x81" in error.mensaje


@pytest.mark.parametrize("nombre", ["padron.txt", "padron.csv"])
def test_texto_unicode_de_excel_utf16_con_tabuladores_se_lee_bien(db, con_bahia, tmp_path, nombre):
    """Excel «Guardar como > Texto Unicode» escribe un .txt en UTF-16 con marca y tabuladores: se lee tal cual
    (también si se le cambió la extensión a .csv)."""
    ruta = tmp_path / nombre
    ruta.write_bytes("\ufeffNombre\tPaís\tPoblación\tRegión\r\nBahía Blanca\tAR\t310.000\tBuenos Aires\r\n"
                     "São Paulo\tBR\t12.325.232\tSão Paulo\r\n".encode("utf-16-le"))

    resultado = importar_miembros(Contexto(db, con_bahia), ruta)

    assert (resultado.nuevos, resultado.actualizados) == (1, 1)
    assert nombres(db, con_bahia) == ["Bahía Blanca", "Rosario", "São Paulo"]


# --- 3. archivos rotos -----------------------------------------------------------------------

@pytest.mark.parametrize("como", ROTOS.values(), ids=ROTOS.keys())
def test_archivo_roto_da_un_mensaje_en_castellano_que_nombra_el_archivo(db, con_bahia, tmp_path, como):
    nombre, crear, esperado = como
    ruta = crear(tmp_path / nombre)

    error = rechazo(db, con_bahia, ruta, ErrorEscritorio)

    assert esperado in error.mensaje
    assert nombres(db, con_bahia) == ["Bahía Blanca", "Rosario"]


def test_csv_con_un_nul_en_una_celda_nombra_fila_y_columna(db, con_bahia, tmp_path):
    ruta = tmp_path / "padron.csv"
    ruta.write_bytes(b"Nombre;Pa\xc3\xads;Poblaci\xc3\xb3n\r\nSalto;UY;104.028\r\nArti\x00gas;UY;40.000\r\n")

    error = rechazo(db, con_bahia, ruta)

    assert str(error.problemas[0]) == ("Fila 3, columna A (Nombre), valor «Arti�gas»: tiene un carácter nulo "
                                       "(U+0000, posición 5); bórrelo y vuelva a escribir esa parte del texto")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root lee aunque no haya permiso")
@pytest.mark.parametrize("nombre", ["padron.csv", "padron.xlsx"])
def test_archivo_sin_permiso_de_lectura(db, con_bahia, tmp_path, nombre):
    ruta = (escribir_csv if nombre.endswith("csv") else escribir_xlsx)(tmp_path / nombre, [["Salto", "UY", 1]])
    ruta.chmod(0)
    try:
        error = rechazo(db, con_bahia, ruta, ErrorEscritorio)
    finally:
        ruta.chmod(0o600)
    assert "no tiene permiso para leerlo" in error.mensaje


@pytest.mark.parametrize("nombre", ["padron.csv", "padron.xlsx"])
def test_archivo_que_el_sistema_no_deja_leer(db, con_bahia, tmp_path, monkeypatch, nombre):
    """Como con un archivo sin permiso (o bloqueado por Excel en Windows), aunque las pruebas corran como root."""
    ruta = (escribir_csv if nombre.endswith("csv") else escribir_xlsx)(tmp_path / nombre, [["Salto", "UY", 1]])
    abrir = type(ruta).open

    def sin_permiso(self, *argumentos, **opciones):
        if self == ruta:
            raise PermissionError(13, "Permission denied", str(self))
        return abrir(self, *argumentos, **opciones)

    monkeypatch.setattr(type(ruta), "open", sin_permiso)

    error = rechazo(db, con_bahia, ruta, ErrorEscritorio)

    assert error.mensaje.startswith(f"No se puede abrir {nombre}: no tiene permiso para leerlo")
    assert "ciérrelo" in error.mensaje


# --- 4. cifras y fechas imposibles ----------------------------------------------------------

@pytest.mark.parametrize("columna, escrito, motivo", [
    ("Población", "١٢٣٤", "la población tiene cifras que no son del 0 al 9 (por ejemplo «١»)"),
    ("Población", "１２３４", "la población tiene cifras que no son del 0 al 9 (por ejemplo «１»)"),
    ("Población", "1.２３４", "la población tiene cifras que no son del 0 al 9 (por ejemplo «２»)"),
    ("Población", "१२३४", "la población tiene cifras que no son del 0 al 9 (por ejemplo «१»)"),
    ("Año de la población", "٢٠٢٠", "«٢٠٢٠» no es un año (escriba cuatro cifras, por ejemplo 2022); escríbalo "
                                    "con cifras del 0 al 9"),
    ("Año de la población", "２０２０", "«２０２０» no es un año"),
    ("Año de la población", "2_020", "«2_020» no es un año"),
    ("Fecha de ingreso", "٠١/٠١/٢٠٠٠", "tiene cifras que no son del 0 al 9"),
    ("Fecha de ingreso", "01/01/0001", "01/01/0001 es anterior a 01/01/1800; revise el año"),
    ("Fecha de ingreso", "0001-01-01", "01/01/0001 es anterior a 01/01/1800; revise el año"),
    ("Fecha de ingreso", "31/12/9999", "31/12/9999 está en el futuro"),
])
def test_cifras_que_no_son_0_a_9_y_fechas_imposibles_se_rechazan(db, con_bahia, tmp_path, columna, escrito, motivo):
    fila = list(BUENA)
    fila[TODAS.index(columna)] = escrito
    ruta = escribir_csv(tmp_path / "padron.csv", [fila], TODAS)

    error = rechazo(db, con_bahia, ruta)

    assert [(p.fila, p.encabezado, p.valor) for p in error.problemas] == [(2, columna, escrito)]
    assert motivo in error.problemas[0].motivo


def test_fecha_de_ingreso_del_anio_1_en_un_xlsx(db, con_bahia, tmp_path):
    ruta = escribir_xlsx(tmp_path / "padron.xlsx", [["Salto", "UY", 104028, date(1799, 12, 31)]],
                         ["Nombre", "País", "Población", "Fecha de ingreso"])

    error = rechazo(db, con_bahia, ruta)

    assert [(p.columna, p.motivo) for p in error.problemas] == [("D", "31/12/1799 es anterior a 01/01/1800; revise el año")]


# --- 5. países de la asociación ---------------------------------------------------------------

def test_un_pais_que_la_asociacion_no_incluye_se_rechaza_con_sus_paises(db, con_bahia, tmp_path):
    ruta = escribir_csv(tmp_path / "padron.csv", [["Salto", "UY", "104.028"], ["Lima", "Perú", "9.000.000"]])

    error = rechazo(db, con_bahia, ruta)

    assert [(p.fila, p.columna, p.valor) for p in error.problemas] == [(3, "B", "Perú")]
    assert ("Perú (PE) no es un país de la asociación; sus países son: Argentina (AR), Brasil (BR), Uruguay (UY)"
            in error.mensaje)


def test_una_asociacion_sin_paises_cargados_acepta_cualquier_pais(db, tmp_path):
    from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion

    sin_paises = crear_asociacion(db, NuevaAsociacion(nombre="Red nueva", sigla="RN"))
    importar_miembros(Contexto(db, sin_paises), escribir_csv(tmp_path / "padron.csv", [["Lima", "Perú", "9.000.000"]]))
    assert nombres(db, sin_paises) == ["Lima"]


# --- 6. repetidos: la columna que choca y su valor ----------------------------------------------

def _lugares(error):
    return [(p.fila, p.columna, p.encabezado, p.valor) for p in error.problemas]


def test_mismo_codigo_dos_veces_nombra_la_columna_codigo(db, con_bahia, tmp_path):
    ruta = escribir_csv(tmp_path / "padron.csv", [["Salto", "UY", "1", "UY-1"], ["Ciudad de Salto", "UY", "2", "uy-1"]],
                        ["Nombre", "País", "Población", "Código"])

    error = rechazo(db, con_bahia, ruta)

    assert _lugares(error) == [(3, "D", "Código", "uy-1")]
    assert "Fila 3, columna D (Código), valor «uy-1»: el código «uy-1» ya aparece en la fila 2" in error.mensaje


def test_mismo_nombre_dos_veces_nombra_la_columna_nombre(db, con_bahia, tmp_path):
    ruta = escribir_csv(tmp_path / "padron.csv", [["Población", "Nombre", "País"], ["1", "Salto", "UY"],
                                                  ["2", "SALTO", "Uruguay"]], encabezados=None)

    error = rechazo(db, con_bahia, ruta)

    assert (3, "B", "Nombre", "SALTO") in _lugares(error)
    assert all(p.columna and p.valor for p in error.problemas)


def test_choque_con_un_miembro_existente_nombra_la_columna_nombre(db, asociacion_id, tmp_path):
    importar_miembros(Contexto(db, asociacion_id), escribir_csv(tmp_path / "previo.csv", [
        ["Bahía Blanca", "AR", "Buenos Aires", "301.572", None], ["Rosario", "AR", "Santa Fe", "1", "82084"]],
                                                             ["Nombre", "País", "Región", "Población", "Código"]))
    # La fila renombra a Rosario (por su código) como «Bahia Blanca»: chocaría con la Bahía Blanca existente.
    ruta = escribir_csv(tmp_path / "padron.csv", [["82084", "Bahia Blanca", "AR", "Buenos Aires", "5"]],
                        ["Código", "Nombre", "País", "Región", "Población"])

    error = rechazo(db, asociacion_id, ruta)

    assert _lugares(error) == [(2, "B", "Nombre", "Bahia Blanca")]
    assert "ya es el miembro «Bahía Blanca»" in error.mensaje


def test_dos_filas_del_mismo_miembro_existente_nombran_la_columna_que_los_reconoce(db, asociacion_id, tmp_path):
    importar_miembros(Contexto(db, asociacion_id), escribir_csv(tmp_path / "previo.csv", [["Rosario", "AR", "1",
                                                                                           "82084"]],
                                                             ["Nombre", "País", "Población", "Código"]))
    ruta = escribir_csv(tmp_path / "padron.csv", [["Rosario", "AR", "2", None], ["Ciudad de Rosario", "AR", "3", "82084"]],
                        ["Nombre", "País", "Población", "Código"])

    error = rechazo(db, asociacion_id, ruta)

    assert _lugares(error) == [(3, "D", "Código", "82084")]


def test_el_archivo_de_problemas_exportado_lleva_columna_y_valor_de_los_repetidos(db, con_bahia, tmp_path):
    from openpyxl import load_workbook

    ruta = escribir_csv(tmp_path / "padron.csv", [["Salto", "UY", "1"], ["salto", "UY", "2"], ["Ro\x07sa", "AR", "3"]])
    error = rechazo(db, con_bahia, ruta)

    hoja = load_workbook(exportar_problemas(error.problemas, tmp_path / "problemas.xlsx"), read_only=True).active
    filas = list(hoja.iter_rows(values_only=True))
    assert filas[0] == ("Fila", "Columna", "Encabezado", "Valor", "Problema")
    assert filas[1][:4] == (3, "A", "Nombre", "salto")
    assert filas[2][:4] == (4, "A", "Nombre", "Ro[U+0007]sa")  # en la planilla, el código de lo invisible
    assert all(f[1] and f[3] for f in filas[1:])
