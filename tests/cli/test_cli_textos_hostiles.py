"""Issue 12 (ayudante C): lo que se escribe en los argumentos de la línea de órdenes y los archivos que escribe o
lee, con la CLI.

Puntos de entrada de texto enumerados con grep (add_argument de cli.py, cli_organos.py y cli_sesiones.py, y
los parámetros str de los servicios que guardan algo) antes de empezar:

  CLI (se guardan):  asociacion crear --nombre --sigla --tipo --sede --idiomas --paises; asociacion pais PAIS
                     --categoria; miembros baja --motivo; --operador (va a la bitácora); organos reglas --articulo
                     --articulo-reforma --articulo-convocatoria --reforma --poderes; estatutos cargar --titulo
                     --aprobada-por y el ARCHIVO (su contenido).
  CLI (se buscan, no se guardan; se citan con entrada.muestra): --asociacion, ORGANO, --norma, --entidad.
  CLI (archivos que se escriben): miembros exportar/padron, bitacora exportar, organos composicion --pdf/--xlsx,
                     organos organigrama, estatutos texto, unidades matriz, sesiones convocatoria/acta/exportar,
                     cuotas avisos (y las demás de cuotas/pagos, del ayudante B).
  Servicios (ventana): ficha (nombre, país, región, código, correo, teléfono, fecha de ingreso), población
                     (fuente), autoridad (persona, cargo), contacto (nombre, rol, correo, teléfono), baja/estado
                     (motivo, fecha), órgano (nombre, atribuciones, artículo, frecuencia), regla (artículo),
                     mandato (persona, desde, hasta; corrección: motivo, persona, fechas), sesión (fecha, hora,
                     lugar, enlace, convocada el, número), punto (título, resumen), asistencia (representante,
                     cargo), invitado (nombre, institución, calidad), hora de cierre, reglas de sesión (artículos,
                     días, poderes, fracciones), acta (apertura, cierre, preside, secretaría, fecha de aprobación),
                     fe de erratas, elección (desde, hasta), candidatura (persona), resolución (título, texto),
                     votos, norma (título, aprobada por, texto, vigente desde), reforma (texto y título de cada
                     artículo, aprobada por, descripción, vigente desde), actividad (título, resultado, fechas),
                     traspaso (fecha). Cobranza no recibe textos escritos (los avisos se arman con datos guardados).
  Las de la ventana se prueban en tests/interfaz/test_formularios_hostiles.py.
"""

from contextlib import closing
import errno
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from ayudas import CREAR_RML, sin_traza

# Valor hostil -> lo que el mensaje debe decir del motivo. (Un NUL no puede viajar en un argumento: execve lo
# corta; se prueba en los archivos y en los formularios.)
HOSTILES = {
    "BEL": ("Ro\x07sario", "tiene un carácter de control invisible (U+0007"),
    "BS": ("Ro\x08sario", "tiene un carácter de control invisible (U+0008"),
    "ESC": ("\x1b[31mRojo", "tiene un carácter de control invisible (U+001B"),
    "bidi": ("Acta \u202eotircsed", "tiene un carácter invisible que cambia el orden en que se ve el texto (U+202E"),
    "salto": ("primera\nsegunda", "tiene un salto de línea"),
    "largo": ("x" * 100_000, "es demasiado largo (100.000 caracteres"),
    "bytes": ("Ros\udcffario", "tiene bytes que no son texto"),  # en Linux, un byte no UTF-8 llega como \udcff
}


def falla(resultado, *fragmentos) -> str:
    """Código 1, sin traza ni disculpa, y cada fragmento en el mensaje."""
    sin_traza(resultado)
    assert resultado.returncode == 1, (resultado.returncode, resultado.stdout, resultado.stderr)
    assert "Lo sentimos" not in resultado.stderr
    for fragmento in fragmentos:
        assert fragmento in resultado.stderr, (fragmento, resultado.stderr)
    return resultado.stderr


def bien(resultado) -> str:
    sin_traza(resultado)
    assert resultado.returncode == 0, resultado.stderr
    return resultado.stdout


def contar(base: Path, tabla: str) -> int:
    import sqlite3

    with closing(sqlite3.connect(base)) as conexion, conexion:
        return conexion.execute(f"SELECT count(*) FROM {tabla}").fetchone()[0]


# --- 1. textos hostiles en cada argumento que se guarda ----------------------------------------------

@pytest.mark.parametrize("clase", list(HOSTILES))
def test_asociacion_crear_rechaza_el_texto_hostil_en_cada_campo(cli, tmp_path, clase):
    valor, motivo = HOSTILES[clase]
    base = tmp_path / "nueva.db"

    resultado = cli("asociacion", "crear", "--nombre", valor, "--sigla", valor, "--tipo", valor, "--sede", valor,
                    "--idiomas", valor, db=base)

    mensaje = falla(resultado, "No se creó la asociación")
    for rotulo in ("Nombre", "Sigla", "Tipo", "Sede", "Idiomas"):
        assert f"  - {rotulo}: " in mensaje, (rotulo, mensaje)
    assert f"Nombre: {motivo}" in mensaje
    assert f"Sede: {motivo}" in mensaje
    assert not base.exists()  # nada guardado: ni siquiera se creó el archivo de la base
    assert "\x1b" not in mensaje and "\x07" not in mensaje  # el valor no ensucia la consola al citarlo


@pytest.mark.parametrize("clase", ["BEL", "bidi", "salto", "bytes"])
def test_asociacion_crear_paises_hostiles(cli, tmp_path, clase):
    valor, motivo = HOSTILES[clase]
    resultado = cli("asociacion", "crear", "--nombre", "Red", "--sigla", "RED", "--paises", f"AR:pleno,{valor}",
                    db=tmp_path / "nueva.db")
    falla(resultado, "Países: ", motivo)
    assert not (tmp_path / "nueva.db").exists()


def test_paises_invalidos_y_sigla(cli, tmp_path):
    base = tmp_path / "nueva.db"
    mensaje = falla(cli("asociacion", "crear", "--nombre", "Red del Sur", "--sigla", "R S", "--paises",
                        "XX,AR:jefe,UY:asociado", db=base))
    assert "Países: «XX» no es un país reconocido; use el código ISO de dos letras" in mensaje
    assert "Países: categoría «jefe» para Argentina desconocida; use pleno, asociado, observador" in mensaje
    assert "Sigla: «R S» no sirve como sigla; use solo letras sin acentos y cifras" in mensaje
    assert not base.exists()

    # Un nombre de país sí se reconoce; la sigla se guarda en mayúsculas.
    salida = bien(cli("asociacion", "crear", "--nombre", "  Red del Sur ", "--sigla", " rds-2 ", "--paises",
                      "Argentina,uy:asociado", db=base))
    assert "Asociación «Red del Sur» (RDS-2) creada" in salida
    [asociacion] = json.loads(bien(cli("asociacion", "listar", "--json", db=base)))
    assert (asociacion["nombre"], asociacion["sigla"], asociacion["paises"]) == (
        "Red del Sur", "RDS-2", {"AR": "pleno", "UY": "asociado"})
    # La sigla repetida no depende de mayúsculas.
    falla(cli("asociacion", "crear", "--nombre", "Otra", "--sigla", "Rds-2", db=base),
          "Sigla: ya existe una asociación con la sigla «RDS-2»")


@pytest.mark.parametrize("fecha", ["0001-01-01", "1799-12-31", "9999-12-31"])
def test_fundacion_imposible(cli, tmp_path, fecha):
    resultado = cli("asociacion", "crear", "--nombre", "Red", "--sigla", "RED", "--fundacion", fecha,
                    db=tmp_path / "nueva.db")
    falla(resultado, "Fecha de fundación: ", "revise el año" if fecha < "2000" else "está en el futuro")
    assert "0001" in resultado.stderr if fecha.startswith("0001") else True


@pytest.mark.parametrize("clase", list(HOSTILES))
def test_baja_con_motivo_hostil_no_se_registra(cli, con_miembros, clase):
    valor, motivo = HOSTILES[clase]
    antes = json.loads(bien(cli("miembros", "listar", "--json", db=con_miembros)))

    resultado = cli("miembros", "baja", antes[0]["id"], "--motivo", valor, db=con_miembros)

    falla(resultado, "No se registró el cambio de estado", f"Motivo: {motivo}")
    assert json.loads(bien(cli("miembros", "listar", "--json", db=con_miembros))) == antes


@pytest.mark.parametrize("fecha, motivo", [("0001-01-01", "01/01/0001 es anterior a 01/01/1800"),
                                           ("9999-12-31", "31/12/9999 está en el futuro")])
def test_baja_con_fecha_imposible(cli, con_miembros, fecha, motivo):
    miembro = json.loads(bien(cli("miembros", "listar", "--json", db=con_miembros)))[0]
    falla(cli("miembros", "baja", miembro["id"], "--motivo", "Renuncia", "--fecha", fecha, db=con_miembros),
          f"Fecha: {motivo}")
    assert json.loads(bien(cli("miembros", "listar", "--json", db=con_miembros)))[0]["estado"] == "activo"


@pytest.mark.parametrize("clase", ["BEL", "bidi", "salto", "largo", "bytes"])
def test_operador_hostil_no_llega_a_la_bitacora(cli, con_miembros, clase):
    valor, motivo = HOSTILES[clase]
    cambios = contar(con_miembros, "bitacora")
    miembro = json.loads(bien(cli("miembros", "listar", "--json", db=con_miembros)))[0]

    falla(cli("--operador", valor, "miembros", "baja", miembro["id"], "--motivo", "Renuncia", db=con_miembros),
          f"--operador: {motivo}")

    assert contar(con_miembros, "bitacora") == cambios


@pytest.mark.parametrize("clase", list(HOSTILES))
def test_reglas_de_sesion_con_articulo_hostil(cli, copia_de_la_demo, clase):
    valor, motivo = HOSTILES[clase]
    antes = bien(cli("organos", "reglas", "Consejo", "--json", db=copia_de_la_demo))

    for opcion in ("--articulo", "--articulo-convocatoria"):
        falla(cli("organos", "reglas", "Consejo", opcion, valor, db=copia_de_la_demo), "No se guardaron las reglas",
              motivo)

    assert bien(cli("organos", "reglas", "Consejo", "--json", db=copia_de_la_demo)) == antes


@pytest.mark.parametrize("argumentos, codigo, fragmento", [
    (("--quorum", "١/٢"), 2, "no es una fracción"),                 # cifras árabes
    (("--quorum", "99999999999999999999/3"), 2, "no es una fracción"),
    (("--segunda-convocatoria", "99999999999999999999"), 2, "está fuera de lo posible"),
    (("--poderes", "٣"), 1, "escriba un número"),
    (("--anticipacion", "5000"), 1, "Días de anticipación: 5000 es demasiado"),
])
def test_reglas_de_sesion_con_cifras_imposibles(cli, copia_de_la_demo, argumentos, codigo, fragmento):
    antes = bien(cli("organos", "reglas", "Consejo", "--json", db=copia_de_la_demo))
    resultado = cli("organos", "reglas", "Consejo", *argumentos, db=copia_de_la_demo)
    sin_traza(resultado)
    assert resultado.returncode == codigo and fragmento in resultado.stderr, resultado.stderr
    assert "Lo sentimos" not in resultado.stderr
    assert bien(cli("organos", "reglas", "Consejo", "--json", db=copia_de_la_demo)) == antes


@pytest.mark.parametrize("clase", list(HOSTILES))
def test_estatutos_cargar_con_titulo_o_aprobacion_hostil(cli, copia_de_la_demo, tmp_path, clase):
    valor, motivo = HOSTILES[clase]
    archivo = tmp_path / "reglamento.txt"
    archivo.write_text("Artículo 1 - Objeto\nEste reglamento ordena las sesiones.\n", encoding="utf-8")
    normas = contar(copia_de_la_demo, "normas")

    for extra in ((), ("--simular",)):  # la simulación revisa lo mismo que la carga
        falla(cli("estatutos", "cargar", archivo, "--titulo", valor, "--tipo", "reglamento", "--desde", "2024-01-01",
                  *extra, db=copia_de_la_demo), "No se cargó la norma", f"Título: {motivo}")
    falla(cli("estatutos", "cargar", archivo, "--titulo", "Reglamento", "--aprobada-por", valor, "--tipo",
              "reglamento", "--desde", "2024-01-01", db=copia_de_la_demo), f"Aprobada por: {motivo}")

    assert contar(copia_de_la_demo, "normas") == normas


def test_busquedas_citan_el_texto_sin_ensuciar_la_consola(cli, copia_de_la_demo):
    for argumentos in (("organos", "composicion", "Con\x1b[2Jsejo"), ("estatutos", "texto", "x.pdf", "--norma", "\x1b[2J"),
                       ("miembros", "listar", "--asociacion", "R\x07CS")):
        resultado = cli(*argumentos, db=copia_de_la_demo)
        falla(resultado)
        assert "\x1b" not in resultado.stderr and "\x07" not in resultado.stderr


def test_opcion_sin_valor_con_valor_se_explica_en_castellano(cli, copia_de_la_demo):
    resultado = cli("miembros", "listar", "--json=x", db=copia_de_la_demo)
    sin_traza(resultado)
    assert resultado.returncode == 2
    assert "esta opción no lleva valor" in resultado.stderr and "ignored" not in resultado.stderr


def test_asociacion_pais_incorpora_un_pais_y_la_ficha_lo_acepta(cli, base_cli):
    falla(cli("asociacion", "pais", "Atlántida", db=base_cli), "no es un país reconocido")
    falla(cli("asociacion", "pais", "PY", "--categoria", "socio", db=base_cli), "Categoría: «socio» desconocida")
    assert "Paraguay (PY) es país observador de RML" in bien(cli("asociacion", "pais", "Paraguay", "--categoria",
                                                                 "observador", db=base_cli))
    [asociacion] = json.loads(bien(cli("asociacion", "listar", "--json", db=base_cli)))
    assert asociacion["paises"] == {"AR": "pleno", "UY": "asociado", "PY": "observador"}


# --- 3. archivos de salida --------------------------------------------------------------------------

ORDENES_QUE_ESCRIBEN = [
    # (argumentos antes del archivo, extensión, argumentos después)
    (("miembros", "exportar"), ".xlsx", ()),
    (("miembros", "padron"), ".pdf", ()),
    (("bitacora", "exportar"), ".xlsx", ()),
    (("organos", "organigrama"), ".pdf", ()),
    (("organos", "composicion", "Consejo", "--pdf"), ".pdf", ()),
    (("organos", "composicion", "Consejo", "--xlsx"), ".xlsx", ()),
    (("estatutos", "texto"), ".pdf", ()),
    (("unidades", "matriz"), ".xlsx", ()),
    (("sesiones", "convocatoria", "1"), ".pdf", ()),
    (("sesiones", "acta", "1"), ".pdf", ()),
    (("sesiones", "exportar", "1"), ".xlsx", ()),
    (("cuotas", "avisos"), ".pdf", ()),
]
NOMBRES = [" ".join(a) for a, _, _ in ORDENES_QUE_ESCRIBEN]


def _sin_restos(carpeta: Path) -> list[str]:
    """Lo que quedó en la carpeta además de la base y sus compañeros (nada .parcial, .tmp ni a medias)."""
    return sorted(p.name for p in carpeta.iterdir()
                  if not p.name.startswith(("demo.db", "respaldos", "casa")) and p.name not in ("existe", "carpeta.pdf", "carpeta.xlsx"))


@pytest.mark.parametrize("orden, extension, resto", ORDENES_QUE_ESCRIBEN, ids=NOMBRES)
def test_salida_a_una_carpeta_inexistente_a_una_carpeta_o_con_nombre_invalido(cli, copia_de_la_demo, tmp_path, orden,
                                                                              extension, resto):
    (tmp_path / f"carpeta{extension}").mkdir()
    casos = [
        (tmp_path / "no-existe" / f"x{extension}", ["No existe la carpeta", "no-existe"]),
        (tmp_path / f"carpeta{extension}", ["es una carpeta", f"carpeta{extension}"]),
        (tmp_path / ("n" * 300 + extension), ["es demasiado largo"]),
        (tmp_path / f"a\x07b{extension}", ["tiene un carácter de control invisible"]),
        (tmp_path / f"\udcff{extension}", ["tiene bytes que no son texto"]),
        (tmp_path / "informe.txt", [f"se guarda como {extension}"]),
    ]
    for ruta, fragmentos in casos:
        resultado = cli(*orden, ruta, *resto, db=copia_de_la_demo)
        falla(resultado, *fragmentos)
    assert _sin_restos(tmp_path) == []
    assert list((tmp_path / f"carpeta{extension}").iterdir()) == []


@pytest.fixture
def solo_lectura(tmp_path):
    """Una carpeta donde no se puede escribir: un tmpfs montado de solo lectura si se es root (root escribe
    aunque la carpeta no tenga permisos), o una carpeta sin permiso de escritura si no."""
    carpeta = tmp_path / "solo-lectura"
    carpeta.mkdir()
    montada = False
    if os.name == "posix" and os.geteuid() == 0:
        if not shutil.which("mount"):
            pytest.skip("hace falta «mount» para una carpeta de solo lectura siendo root")
        hecho = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1M,ro", "tmpfs", str(carpeta)],
                               capture_output=True, text=True)
        if hecho.returncode != 0:
            pytest.skip(f"no se permite montar un tmpfs aquí ({hecho.stderr.strip()})")
        montada = True
    else:
        carpeta.chmod(0o555)
    yield carpeta
    if montada:
        subprocess.run(["umount", "-l", str(carpeta)], capture_output=True)
    else:
        carpeta.chmod(0o755)


@pytest.mark.parametrize("orden, extension, resto", ORDENES_QUE_ESCRIBEN, ids=NOMBRES)
def test_salida_a_una_carpeta_de_solo_lectura(cli, copia_de_la_demo, solo_lectura, orden, extension, resto):
    bitacora = contar(copia_de_la_demo, "bitacora")
    resultado = cli(*orden, solo_lectura / f"salida{extension}", *resto, db=copia_de_la_demo)

    mensaje = falla(resultado, "No se puede escribir en la carpeta", str(solo_lectura))
    assert "solo lectura" in mensaje or "permiso denegado" in mensaje
    assert "Read-only" not in mensaje and "Permission" not in mensaje
    assert list(solo_lectura.iterdir()) == []
    assert contar(copia_de_la_demo, "bitacora") == bitacora  # «cuotas avisos» no anotó ningún aviso


def test_la_salida_buena_se_escribe(cli, copia_de_la_demo, tmp_path):
    """Lo de arriba no rechaza lo correcto: cada orden escribe su archivo y no deja restos."""
    for orden, extension, resto in ORDENES_QUE_ESCRIBEN:
        destino = tmp_path / f"{'-'.join(orden)}{extension}"
        bien(cli(*orden, destino, *resto, db=copia_de_la_demo))
        assert destino.stat().st_size > 0, orden
    restos = [p.name for p in tmp_path.iterdir() if "parcial" in p.name or p.name.endswith(".tmp")]
    assert restos == []


def test_principal_traduce_un_oserror_no_previsto(monkeypatch, capsys):
    """La red de seguridad: un OSError que ninguna orden previó no termina en «Lo sentimos» sino con el archivo,
    el motivo en castellano y qué hacer."""
    from escritorio import cli as modulo
    from escritorio.cli import bitacora as orden_de_verificar

    for numero, motivo in ((errno.EACCES, "permiso denegado"), (errno.ENOENT, "no existe la carpeta"),
                           (errno.ENOSPC, "el disco está lleno"), (errno.EISDIR, "es una carpeta")):
        def falla_con_oserror(args, numero=numero):
            raise OSError(numero, os.strerror(numero), "/datos/informe.pdf")

        monkeypatch.setattr(orden_de_verificar, "orden_verificar", falla_con_oserror)
        estado = modulo.principal(["verificar"])
        error = capsys.readouterr().err
        assert estado == 1
        assert "/datos/informe.pdf" in error and motivo in error, error
        assert "Lo sentimos" not in error and os.strerror(numero) not in error


# --- 4. estatutos cargar con archivos que no son texto -------------------------------------------------

def _docx(ruta: Path) -> Path:
    import zipfile

    with zipfile.ZipFile(ruta, "w") as libro:
        libro.writestr("[Content_Types].xml", "<Types/>")
        libro.writestr("word/document.xml", "<w:document/>")
    return ruta


ARCHIVOS_QUE_NO_SON_TEXTO = {
    "pdf": (lambda r: r.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"), "es un PDF"),
    "docx": (_docx, "es un documento de Word"),
    "png": (lambda r: r.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4), "es una imagen PNG"),
    "jpg": (lambda r: r.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4), "es una imagen JPEG"),
    "azar": (lambda r: r.write_bytes(bytes((i * 97 + 13) % 256 for i in range(5000))), "es un archivo binario"),
    "vacio": (lambda r: r.write_bytes(b""), "está vacío"),
    "blancos": (lambda r: r.write_bytes(b"  \n\n\t \n"), "está vacío"),
    "nul": (lambda r: r.write_bytes("Artículo 1\nLa Red\x00 existe.\n".encode()), "es un archivo binario"),
    "bel": (lambda r: r.write_bytes("Artículo 1\nLa Red existe.\nArtículo 2\nSe \x07reúne.\n".encode()),
            "(línea 4): tiene un carácter de control invisible (U+0007"),
    "enorme": (lambda r: r.write_text("Artículo 1\n" + "Texto largo. " * 90_000, encoding="utf-8"),
               "es demasiado largo"),
    "gigante": (lambda r: r.write_bytes(b"a" * 4_500_000), "es demasiado grande para ser un estatuto"),
}


@pytest.mark.parametrize("clase", list(ARCHIVOS_QUE_NO_SON_TEXTO))
def test_estatutos_cargar_un_archivo_que_no_es_texto(cli, copia_de_la_demo, tmp_path, clase):
    escribir, fragmento = ARCHIVOS_QUE_NO_SON_TEXTO[clase]
    archivo = tmp_path / f"estatuto-{clase}.txt"
    escribir(archivo)
    normas, versiones = contar(copia_de_la_demo, "normas"), contar(copia_de_la_demo, "versiones_articulo")

    for extra in ((), ("--simular",)):
        mensaje = falla(cli("estatutos", "cargar", archivo, "--titulo", "Estatuto", "--desde", "2024-01-01", *extra,
                            db=copia_de_la_demo), archivo.name, fragmento)
        assert "Se espera un archivo de texto (.txt o .md" in mensaje or clase in ("vacio", "blancos")
        assert "No se guardó nada" in mensaje

    assert (contar(copia_de_la_demo, "normas"), contar(copia_de_la_demo, "versiones_articulo")) == (normas, versiones)


def test_estatutos_cargar_una_carpeta_o_un_archivo_que_no_existe(cli, copia_de_la_demo, tmp_path):
    falla(cli("estatutos", "cargar", tmp_path, "--titulo", "E", "--desde", "2024-01-01", db=copia_de_la_demo),
          "es una carpeta")
    falla(cli("estatutos", "cargar", tmp_path / "no.txt", "--titulo", "E", "--desde", "2024-01-01",
              db=copia_de_la_demo),
          "No existe el archivo", "no.txt")


def test_estatutos_cargar_con_un_nombre_mas_largo_de_lo_que_admite_el_sistema(cli, copia_de_la_demo, tmp_path):
    """Lo halló el fuzzer de la CLI: preguntar si un nombre de 5.000 letras es una carpeta ya falla en el sistema.
    La orden lo explica como las demás que leen un archivo (salida.comprobar_nombre; no cae en la red de seguridad,
    que lo anota como un error inesperado), con el nombre citado corto."""
    normas = contar(copia_de_la_demo, "normas")
    for extra in ((), ("--simular",)):
        mensaje = falla(cli("estatutos", "cargar", "--titulo", "E", "--desde", "2024-01-01", *extra, "--",
                            "a" * 5000, db=copia_de_la_demo), "El nombre de archivo «aaa", "demasiado largo",
                        "no se guardó nada")
        assert len(mensaje) < 400
    assert contar(copia_de_la_demo, "normas") == normas


def test_firma_acta_con_un_certificado_de_nombre_mas_largo_de_lo_que_admite_el_sistema(cli, copia_de_la_demo, tmp_path):
    """Lo halló el fuzzer de la CLI (como el de arriba): «firma acta --certificado <5.000 letras>» explicaba bien el
    problema, pero por la red de seguridad, que lo anotaba como un error inesperado."""
    contrasena = tmp_path / "clave.txt"
    contrasena.write_text("secreta")
    firmas = contar(copia_de_la_demo, "firmas_digitales")
    mensaje = falla(cli("firma", "acta", "2", "--certificado", "á" * 5000, "--contrasena-archivo", contrasena,
                        db=copia_de_la_demo), "El nombre de archivo «ááá", "demasiado largo", "no se firmó nada")
    assert len(mensaje) < 400
    assert contar(copia_de_la_demo, "firmas_digitales") == firmas


def test_estatutos_cargar_windows_1252_y_utf8_con_bom_se_leen(cli, copia_de_la_demo, tmp_path):
    latino = tmp_path / "latino.txt"
    latino.write_bytes("Artículo 1 - Sede\nLa sede está en Asunción.\n".encode("cp1252"))
    bom = tmp_path / "bom.md"
    bom.write_bytes("\ufeff# Reglamento\nArtículo 1\nCon marca de orden de bytes.\n".encode("utf-8"))
    bien(cli("estatutos", "cargar", latino, "--titulo", "Reglamento de sede", "--tipo", "reglamento", "--desde",
             "2024-01-01", db=copia_de_la_demo))
    bien(cli("estatutos", "cargar", bom, "--titulo", "Reglamento con BOM", "--tipo", "reglamento", "--desde",
             "2024-01-01", db=copia_de_la_demo))
    normas = json.loads(bien(cli("estatutos", "listar", "--json", db=copia_de_la_demo)))
    assert {"Reglamento de sede", "Reglamento con BOM"} <= {n["titulo"] for n in normas}


@pytest.mark.parametrize("fecha", ["0001-01-01", "9999-12-31"])
def test_estatutos_cargar_con_fecha_imposible(cli, copia_de_la_demo, tmp_path, fecha):
    archivo = tmp_path / "r.txt"
    archivo.write_text("Artículo 1\nTexto.\n", encoding="utf-8")
    falla(cli("estatutos", "cargar", archivo, "--titulo", "R", "--tipo", "reglamento", "--desde", fecha,
              db=copia_de_la_demo),
          "Vigente desde: ", "revise el año")


@pytest.mark.parametrize("fecha", ["0001-01-01", "9999-12-31"])
def test_traspaso_con_fecha_imposible(cli, copia_de_la_demo, fecha):
    mandatos = contar(copia_de_la_demo, "mandatos")
    falla(cli("organos", "traspaso", "--fecha", fecha, db=copia_de_la_demo), "Fecha del traspaso: ", "revise el año")
    assert contar(copia_de_la_demo, "mandatos") == mandatos


# --- fallas halladas por el fuzzer del ayudante E (/work/notas/E-fallos.md, marcadas C) -------------------

def test_e2_una_opcion_escrita_igual_a_dos_guiones_no_guarda_una_lista(cli, con_miembros):
    """`--motivo=--`: argparse dejaba una lista vacía como valor y se guardaba «[]» como motivo."""
    miembro = json.loads(bien(cli("miembros", "listar", "--json", db=con_miembros)))[0]
    bien(cli("miembros", "baja", miembro["id"], "--motivo=--", db=con_miembros))
    import sqlite3

    with closing(sqlite3.connect(con_miembros)) as conexion, conexion:
        motivo = conexion.execute("SELECT motivo FROM estados_miembro ORDER BY id DESC LIMIT 1").fetchone()[0]
    assert motivo == "--"
    for argumentos in (("bitacora", "listar", "--entidad=--"), ("organos", "reglas", "Consejo", "--articulo=--")):
        resultado = cli(*argumentos, db=con_miembros)
        sin_traza(resultado)
        assert "Lo sentimos" not in resultado.stderr and "list" not in resultado.stderr


def test_e3_busquedas_con_bytes_que_no_son_texto(cli, copia_de_la_demo):
    falla(cli("miembros", "listar", "--asociacion", "\udcc3x", db=copia_de_la_demo),
          "No hay ninguna asociación con la sigla", "tiene bytes que no son texto")
    falla(cli("bitacora", "listar", "--entidad", "\udcc3x", db=copia_de_la_demo),
          "--entidad: tiene bytes que no son texto")
    falla(cli("organos", "composicion", "\udcc3x", db=copia_de_la_demo), "No hay ningún órgano")
    falla(cli("estatutos", "texto", "x.pdf", "--norma", "\udcc3x", db=copia_de_la_demo), "No hay ninguna norma")


def test_e5_e7_respaldo_con_un_nombre_imposible(cli, copia_de_la_demo, tmp_path):
    largo = "a" * 300
    mensaje = falla(cli("respaldo", "crear", tmp_path / largo, db=copia_de_la_demo), "es demasiado largo",
                    "no se creó el respaldo")
    assert largo not in mensaje and "Errno" not in mensaje and "File name" not in mensaje
    mensaje = falla(cli("respaldo", "restaurar", tmp_path / f"{largo}.db", db=copia_de_la_demo), "es demasiado largo",
                    "no se restauró nada")
    assert largo not in mensaje and "Errno" not in mensaje
    falla(cli("respaldo", "crear", tmp_path / "copia\x07.db", db=copia_de_la_demo),
          "tiene un carácter de control invisible")
    assert not any(p.name.startswith(("aaa", "copia")) for p in tmp_path.iterdir())


def test_documento_verificar_un_pdf_de_nombre_mas_largo_de_lo_que_admite_el_sistema(cli, copia_de_la_demo):
    """El motivo del sistema se dice en castellano («el nombre es demasiado largo»), nunca su texto en inglés («File
    name too long»), y la ruta se cita corta."""
    mensaje = falla(cli("documento", "verificar", "é" * 5000, db=copia_de_la_demo), "No se puede leer «éé",
                    "el nombre es demasiado largo")
    assert "File name" not in mensaje and len(mensaje) < 400
