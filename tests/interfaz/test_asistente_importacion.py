"""El asistente de importación: lo que ve y decide quien importa un padrón desde una planilla.

Se maneja como un usuario: `next()` en cada paso y eligiendo en las listas de columnas. El trabajo
en segundo plano (`ejecutar_con_progreso`) termina antes de que `next()` vuelva: nada depende del reloj.
"""

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtWidgets import QWizard

from escritorio.errores import Cancelado
from escritorio.interfaz import operaciones
from escritorio.interfaz.piezas import elegir_archivo
from escritorio.interfaz.dialogos.importacion import (ID_ARCHIVO, ID_COLUMNAS, ID_RESULTADO, ID_VALIDACION,
                                                      AsistenteImportacion)
from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.miembros import listar_padron
from ayudas import oficina_de


def _xlsx(ruta: Path, encabezados: list, filas: list) -> Path:
    libro = Workbook()
    hoja = libro.active
    hoja.append(encabezados)
    for fila in filas:
        hoja.append(fila)
    libro.save(ruta)
    return ruta


@pytest.fixture
def base(tmp_path):
    db = abrir_base(tmp_path / "x.db")
    yield db
    db.close()


@pytest.fixture
def red(base) -> dict:
    return {"id": crear_asociacion(base, NuevaAsociacion(nombre="Red", sigla="R")), "nombre": "Red", "sigla": "R"}


@pytest.fixture(autouse=True)
def _sin_ventanas_de_error(monkeypatch):
    """Un error inesperado no debe abrir un QMessageBox que bloquee la prueba: se registra y se falla."""
    errores = []
    monkeypatch.setattr(operaciones, "mostrar_error", lambda padre, error, contexto="": errores.append(error))
    yield
    assert not errores, f"el asistente mostró un error: {errores!r}"


@pytest.fixture
def asistente(qtbot, base, red):
    def crear(ruta: Path) -> AsistenteImportacion:
        wizard = AsistenteImportacion(oficina_de(base, red), ruta_inicial=str(ruta))
        qtbot.addWidget(wizard)
        wizard.show()
        assert wizard.currentId() == ID_ARCHIVO
        return wizard

    return crear


def _boton_siguiente_habilitado(wizard: QWizard) -> bool:
    pagina = wizard.currentPage()
    boton = QWizard.WizardButton.CommitButton if pagina.isCommitPage() else QWizard.WizardButton.NextButton
    return wizard.button(boton).isEnabled()


def _filas(tabla) -> list[list[str]]:
    return [[tabla.item(f, c).text() for c in range(tabla.columnCount())] for f in range(tabla.rowCount())]


@pytest.fixture
def archivo_con_errores(tmp_path) -> Path:
    return _xlsx(tmp_path / "con errores.xlsx", ["Nombre", "País", "Población"], [
        ["Rosario", "Argentina", 1348725],
        ["Concordia", "Argentina", "muchos"],   # fila 3: población que no es un número
        ["Springfield", "Narnia", 30000],       # fila 4: país desconocido
        ["Salto", "Uruguay", 104028],
        ["Pelotas", "Brasil", -3],              # fila 6: población negativa
    ])


def _llegar_a_validacion(wizard: AsistenteImportacion) -> None:
    wizard.next()
    assert wizard.currentId() == ID_COLUMNAS
    wizard.next()
    assert wizard.currentId() == ID_VALIDACION


def test_un_archivo_con_errores_lista_cada_problema_y_no_importa_nada(asistente, archivo_con_errores, base, red):
    wizard = asistente(archivo_con_errores)
    _llegar_a_validacion(wizard)
    pagina = wizard.pagina_validacion

    filas = _filas(pagina.tabla_problemas)
    assert [f[0] for f in filas] == ["3", "4", "6"]
    assert filas[0][1:3] == ["C (Población)", "muchos"]
    assert filas[1][1:3] == ["B (País)", "Narnia"]
    assert filas[1][3].startswith("No es un país reconocido")
    assert filas[2][1:3] == ["C (Población)", "-3"]
    assert "El archivo tiene 3 problemas; no se importará nada" in pagina.aviso.text()
    # Se decide en la lista (issue 61 §5) o se corrige el archivo.
    assert "corrija el valor (doble clic o F2) u omita la fila" in pagina.aviso.text()
    assert "También puede corregir el archivo y volver a elegirlo" in pagina.aviso.text()

    assert not _boton_siguiente_habilitado(wizard)
    wizard.next()  # ni a la fuerza: validatePage se niega
    assert wizard.currentId() == ID_VALIDACION
    assert wizard.resultado is None
    assert len(listar_padron(Contexto(base, red["id"]))) == 0


def test_exportar_errores_escribe_una_planilla_con_los_mismos_problemas(asistente, archivo_con_errores,
                                                                        tmp_path, monkeypatch):
    destino = tmp_path / "salida" / "problemas"  # sin extensión: el asistente agrega .xlsx
    destino.parent.mkdir()
    pedidos = []

    def guardar_como(*argumentos, **opciones):
        pedidos.append(argumentos)
        return str(destino)

    monkeypatch.setattr(elegir_archivo, "para_guardar", guardar_como)
    wizard = asistente(archivo_con_errores)
    _llegar_a_validacion(wizard)
    pagina = wizard.pagina_validacion
    pagina.boton_exportar.click()

    assert len(pedidos) == 1
    escrito = destino.with_suffix(".xlsx")
    hoja = load_workbook(escrito, read_only=True).active
    filas = list(hoja.iter_rows(values_only=True))
    assert filas[0][:2] == ("Fila", "Columna")
    en_pantalla = _filas(pagina.tabla_problemas)
    assert len(filas) - 1 == len(en_pantalla) == 3
    for en_excel, visto in zip(filas[1:], en_pantalla):
        assert str(en_excel[0]) == visto[0]
        assert visto[1].startswith(en_excel[1])
        assert str(en_excel[3]) == visto[2]
    assert str(escrito) in pagina.aviso_exportacion.text()


def test_columna_no_reconocida_se_asigna_a_mano_y_la_importacion_termina(asistente, tmp_path, base, red):
    ruta = _xlsx(tmp_path / "padron.xlsx", ["Municipio", "Nación", "Habitantes"], [
        ["Rosario", "Argentina", 1348725],
        ["Salto", "Uruguay", 104028],
        ["Pelotas", "Brasil", 343132],
    ])
    wizard = asistente(ruta)
    wizard.next()
    assert wizard.currentId() == ID_COLUMNAS
    pagina = wizard.pagina_columnas
    nombre, nacion, habitantes = pagina.combos
    assert nombre.currentData() == "nombre"
    assert habitantes.currentData() == "poblacion"
    assert nacion.currentData() is None  # «Nación» no se reconoce: queda para ignorar
    assert not _boton_siguiente_habilitado(wizard)
    assert "País" in pagina.aviso.text()
    assert "País" in pagina.marcas.text() and "sin columna" in pagina.marcas.text()

    # Un mismo dato en dos columnas tampoco deja seguir, y se explica por qué.
    nacion.setCurrentIndex(nacion.findData("nombre"))
    assert not _boton_siguiente_habilitado(wizard)
    assert "columnas A, B" in pagina.aviso.text()

    nacion.setCurrentIndex(nacion.findData("pais"))
    assert _boton_siguiente_habilitado(wizard)
    wizard.next()
    assert wizard.currentId() == ID_VALIDACION
    validacion = wizard.pagina_validacion
    assert validacion.paginas.currentIndex() == 1  # el plan, no la lista de problemas
    assert validacion.cifras._numeros["nuevos"].text() == "3"
    contexto = Contexto(base, red["id"])
    assert len(listar_padron(contexto)) == 0  # validar no escribe nada
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "Importar"

    wizard.next()
    assert wizard.currentId() == ID_RESULTADO
    assert len(listar_padron(contexto)) == 3
    assert (wizard.resultado.nuevos, wizard.resultado.actualizados) == (3, 0)
    assert "3 nuevos, 0 actualizados, 0 sin cambios" in wizard.pagina_resultado.resumen.text()
    assert wizard.button(QWizard.WizardButton.FinishButton).text() == "Cerrar"


def test_volver_a_importar_muestra_los_cambios_por_miembro(asistente, tmp_path, base, red):
    encabezados = ["Nombre", "País", "Población", "Correo"]
    primera = _xlsx(tmp_path / "uno.xlsx", encabezados, [["Rosario", "AR", 1000, None], ["Salto", "UY", 2000, None]])
    wizard = asistente(primera)
    _llegar_a_validacion(wizard)
    wizard.next()
    assert wizard.resultado.nuevos == 2

    segunda = _xlsx(tmp_path / "dos.xlsx", encabezados,
                    [["Rosario", "AR", 1000, "info@rosario.gob.ar"], ["Salto", "UY", 2000, None]])
    wizard = asistente(segunda)
    _llegar_a_validacion(wizard)
    validacion = wizard.pagina_validacion
    assert [validacion.cifras._numeros[c].text() for c in ("nuevos", "actualizados", "sin_cambios")] == ["0", "1", "1"]
    cambios = _filas(validacion.tabla_cambios)
    assert cambios == [["2", "Rosario", "Correo: — → info@rosario.gob.ar"]]
    wizard.next()
    assert wizard.resultado.resumen() == "0 nuevos, 1 actualizados, 1 sin cambios"
    assert len(listar_padron(Contexto(base, red["id"]))) == 2


def test_importacion_cancelada_no_modifica_nada_y_se_puede_reintentar(asistente, tmp_path, base, red, monkeypatch):
    ruta = _xlsx(tmp_path / "padron.xlsx", ["Nombre", "País", "Población"],
                 [["Rosario", "AR", 1000], ["Salto", "UY", 2000]])
    wizard = asistente(ruta)
    _llegar_a_validacion(wizard)

    # El asistente importa por el envoltorio de la ventana (interfaz/operaciones.py), que corre el trabajo con
    # progreso: se reemplaza ese diálogo por uno en que el usuario cancela al empezar a escribir.
    real = operaciones.ejecutar_con_progreso

    def cancelar_al_escribir(padre, titulo, funcion, **opciones):
        def informar(etapa, hecho, total):
            if etapa == "escribiendo":  # el usuario pulsa «Cancelar» en el diálogo de progreso
                raise Cancelado("Operación cancelada: no se modificó nada.")
        return funcion(informar)

    monkeypatch.setattr(operaciones, "ejecutar_con_progreso", cancelar_al_escribir)
    wizard.next()
    assert wizard.currentId() == ID_VALIDACION
    assert wizard.pagina_validacion.aviso.text() == "Importación cancelada: no se modificó nada."
    assert wizard.resultado is None
    contexto = Contexto(base, red["id"])
    assert len(listar_padron(contexto)) == 0

    monkeypatch.setattr(operaciones, "ejecutar_con_progreso", real)
    wizard.next()
    assert wizard.currentId() == ID_RESULTADO
    assert len(listar_padron(contexto)) == 2


def test_un_archivo_ilegible_se_explica_en_el_primer_paso(asistente, tmp_path):
    ruta = tmp_path / "roto.xlsx"
    ruta.write_text("esto no es un libro de Excel")
    wizard = asistente(ruta)
    wizard.next()
    assert wizard.currentId() == ID_ARCHIVO
    assert "roto.xlsx" in wizard.pagina_archivo.aviso.text()
    assert "guárdelo de nuevo como .xlsx" in wizard.pagina_archivo.aviso.text()


def test_volver_a_elegir_el_archivo_tras_corregirlo(asistente, archivo_con_errores, base, red):
    wizard = asistente(archivo_con_errores)
    _llegar_a_validacion(wizard)
    # El usuario corrige la planilla en Excel y la vuelve a elegir desde el asistente.
    _xlsx(archivo_con_errores, ["Nombre", "País", "Población"], [["Rosario", "AR", 1000], ["Salto", "UY", 2000]])
    wizard.pagina_validacion.boton_otro_archivo.click()
    assert wizard.currentId() == ID_ARCHIVO
    assert wizard.pagina_archivo.campo_ruta.text() == str(archivo_con_errores)
    _llegar_a_validacion(wizard)
    wizard.next()
    assert len(listar_padron(Contexto(base, red["id"]))) == 2


# --- entrada hostil (issue #12): lo que la tabla de problemas muestra -----------------------------

def test_repetidos_y_caracteres_invisibles_llenan_columna_y_valor_en_la_tabla_y_en_la_planilla(
        asistente, tmp_path, base, red, monkeypatch):
    ruta = _xlsx(tmp_path / "padron.xlsx", ["Nombre", "País", "Población", "Código"], [
        ["Salto", "Uruguay", 104028, "UY-SA"],
        ["Ciudad de Salto", "Uruguay", 104028, "uy-sa"],   # fila 3: el mismo código que la 2
        ["Rivera", "Uruguay", 78900, None],
        ["RIVERA", "UY", 78900, None],                     # fila 5: el mismo nombre que la 4
        ["Norte\u202eSur", "UY", 10, None],                # fila 6: un carácter que invierte el texto
    ])
    wizard = asistente(ruta)
    _llegar_a_validacion(wizard)
    pagina = wizard.pagina_validacion

    filas = _filas(pagina.tabla_problemas)
    assert [f[:3] for f in filas] == [["3", "D (Código)", "uy-sa"], ["5", "A (Nombre)", "RIVERA"],
                                      ["6", "A (Nombre)", "Norte�Sur"]]
    assert filas[0][3].startswith("El código «uy-sa» ya aparece en la fila 2")
    assert filas[2][3].startswith("Tiene un carácter invisible que cambia el orden en que se ve el texto (U+202E")
    assert "El archivo tiene 3 problemas; no se importará nada" in pagina.aviso.text()
    assert not _boton_siguiente_habilitado(wizard)

    destino = tmp_path / "problemas.xlsx"
    monkeypatch.setattr(elegir_archivo, "para_guardar", lambda *a, **k: str(destino))
    pagina.boton_exportar.click()
    exportadas = list(load_workbook(destino, read_only=True).active.iter_rows(values_only=True))[1:]
    assert [(str(f[0]), f[1], f[2], f[3]) for f in exportadas] == [
        ("3", "D", "Código", "uy-sa"), ("5", "A", "Nombre", "RIVERA"), ("6", "A", "Nombre", "Norte[U+202E]Sur")]
    assert len(listar_padron(Contexto(base, red["id"]))) == 0


def test_un_csv_con_dos_codificaciones_se_explica_en_el_primer_paso_con_su_fila(asistente, tmp_path, base, red):
    ruta = tmp_path / "padron.csv"
    ruta.write_bytes("Nombre;Pais;Poblacion\r\nBahía Blanca;AR;301572\r\n".encode("utf-8")
                     + "Paraná;AR;247863\r\n".encode("latin-1"))
    wizard = asistente(ruta)
    wizard.next()

    assert wizard.currentId() == ID_ARCHIVO
    aviso = wizard.pagina_archivo.aviso.text()
    assert "padron.csv tiene dos codificaciones de texto mezcladas" in aviso
    assert "la fila 3, columna A (Nombre)" in aviso
    assert len(listar_padron(Contexto(base, red["id"]))) == 0


def test_un_xlsx_con_la_hoja_danada_se_explica_en_castellano(asistente, tmp_path, base, red):
    from archivos_hostiles import xlsx_con_hoja_rota

    wizard = asistente(xlsx_con_hoja_rota(tmp_path / "padron.xlsx"))
    wizard.next()

    assert wizard.currentId() == ID_ARCHIVO
    aviso = wizard.pagina_archivo.aviso.text()
    assert "No se puede leer padron.xlsx como libro de Excel (.xlsx): el contenido de la hoja está dañado" in aviso
    assert "unclosed" not in aviso.lower() and "Lo sentimos" not in aviso


@pytest.mark.parametrize("nombre, esperado", [
    ("padron.xls", "padron.xls: formato no admitido. Use un libro de Excel (.xlsx) o un archivo .csv: ábralo en Excel o "
                   "LibreOffice y use Archivo > Guardar como > «Libro de Excel (.xlsx)»."),
    ("carpeta.csv", "carpeta.csv es una carpeta, no un archivo: elija el archivo .xlsx o .csv que está adentro."),
])
def test_un_xls_o_una_carpeta_dicen_que_hacer_en_lugar_de_dejar_el_boton_apagado(asistente, tmp_path, nombre, esperado):
    from archivos_hostiles import carpeta, xls_viejo

    ruta = (carpeta if nombre == "carpeta.csv" else xls_viejo)(tmp_path / nombre)
    wizard = asistente(ruta)
    assert _boton_siguiente_habilitado(wizard)

    wizard.next()

    assert wizard.currentId() == ID_ARCHIVO
    assert esperado in wizard.pagina_archivo.aviso.text()


def test_un_nombre_de_archivo_desmedido_se_explica_sin_error_inesperado(asistente, tmp_path):
    wizard = asistente(tmp_path / ("a" * 300 + ".csv"))
    wizard.next()

    assert wizard.currentId() == ID_ARCHIVO
    assert "es demasiado largo" in wizard.pagina_archivo.aviso.text()


def test_una_hoja_danada_mas_abajo_de_la_vista_previa_se_explica_al_validar(asistente, tmp_path, base, red):
    """La vista previa lee diez filas; el XML se corta en la fila 150: lo dice el paso de las columnas."""
    import zipfile

    sano = _xlsx(tmp_path / "sano.xlsx", ["Nombre", "País", "Población"],
                 [[f"Ciudad {i}", "UY", 1000 + i] for i in range(300)])
    ruta = tmp_path / "padron.xlsx"
    with zipfile.ZipFile(sano) as origen, zipfile.ZipFile(ruta, "w") as destino:
        for parte in origen.infolist():
            datos = origen.read(parte.filename)
            if parte.filename == "xl/worksheets/sheet1.xml":
                datos = datos[: datos.index(b'<row r="150"') + 20]
            destino.writestr(parte, datos)
    wizard = asistente(ruta)
    wizard.next()
    assert wizard.currentId() == ID_COLUMNAS

    wizard.next()

    assert wizard.currentId() == ID_COLUMNAS
    aviso = wizard.pagina_columnas.aviso.text()
    assert "No se puede leer padron.xlsx como libro de Excel (.xlsx): el contenido de la hoja está dañado" in aviso
    assert "a partir de la fila 150" in aviso
    assert len(listar_padron(Contexto(base, red["id"]))) == 0


def test_la_ubicacion_en_el_mapa_se_reconoce_se_valida_y_se_importa(asistente, tmp_path, base, red):
    """Issue 45 §4: las columnas de latitud y longitud (aquí «Lat» y «Lng») se reconocen solas; un valor fuera de
    rango se lista con su fila y su columna y no se importa nada; corregido, cada miembro queda en el mapa."""
    from escritorio.servicios.ubicaciones import ubicacion_de

    encabezados = ["Ciudad", "País", "Habitantes", "Lat", "Lng"]
    mal = _xlsx(tmp_path / "ciudades.xlsx", encabezados, [["Rosario", "AR", 1348725, -32.94682, -60.63932],
                                                          ["Salto", "UY", 104028, -131.38, -57.96]])
    wizard = asistente(mal)
    wizard.next()
    assert [c.currentData() for c in wizard.pagina_columnas.combos][3:] == ["latitud", "longitud"]
    wizard.next()
    assert _filas(wizard.pagina_validacion.tabla_problemas) == [
        ["3", "D (Latitud)", "-131.38", "Debe estar entre -90 y 90 grados", ""]]   # la última: lo decidido
    assert len(listar_padron(Contexto(base, red["id"]))) == 0

    bien = _xlsx(tmp_path / "ciudades corregidas.xlsx", encabezados,
                 [["Rosario", "AR", 1348725, -32.94682, -60.63932], ["Salto", "UY", 104028, -31.38, -57.96]])
    wizard = asistente(bien)
    _llegar_a_validacion(wizard)
    wizard.next()
    assert wizard.resultado.nuevos == 2
    contexto = Contexto(base, red["id"])
    ubicaciones = [ubicacion_de(contexto, i) for i in (1, 2)]
    assert ubicaciones == [
        {"latitud": -32.94682, "longitud": -60.63932, "fuente": "Importación (ciudades corregidas.xlsx)"},
        {"latitud": -31.38, "longitud": -57.96, "fuente": "Importación (ciudades corregidas.xlsx)"}]


def test_un_fallo_inesperado_al_importar_se_muestra_una_vez_en_el_cuadro_y_no_escribe_nada(
        asistente, tmp_path, base, red, monkeypatch):
    """La importación pasa por el envoltorio de la ventana (interfaz/operaciones.py): lo inesperado va al cuadro de
    siempre, una vez, con lo que se intentaba; el asistente se queda en «Revisar» y se puede volver a intentar."""
    from escritorio.interfaz.dialogos import importacion as dialogo

    ruta = _xlsx(tmp_path / "padron.xlsx", ["Nombre", "País", "Población"], [["Rosario", "AR", 1000]])
    wizard = asistente(ruta)
    _llegar_a_validacion(wizard)
    mostrados = []
    monkeypatch.setattr(operaciones, "mostrar_error",
                        lambda padre, error, que="": mostrados.append((padre, type(error).__name__, que)))
    aplicar_real = dialogo.aplicar

    def aplicar_que_falla(contexto, analisis, progreso):
        raise RuntimeError("se cortó el disco")

    monkeypatch.setattr(dialogo, "aplicar", aplicar_que_falla)
    wizard.next()
    assert wizard.currentId() == ID_VALIDACION
    assert mostrados == [(wizard.pagina_validacion, "RuntimeError", "importación de miembros")]
    assert wizard.resultado is None
    assert len(listar_padron(Contexto(base, red["id"]))) == 0

    monkeypatch.setattr(dialogo, "aplicar", aplicar_real)
    wizard.next()
    assert wizard.currentId() == ID_RESULTADO
    assert len(listar_padron(Contexto(base, red["id"]))) == 1
