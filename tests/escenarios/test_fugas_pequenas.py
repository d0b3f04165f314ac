"""Issue 40, punto 4: las fugas pequeñas que encontró quien probó el programa. Procesos reales de la CLI donde el
estado de salida o los permisos de los archivos importan; cada prueba mira lo que la persona ve o lo que queda en
disco."""

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import time

import pytest

from escritorio.datos import respaldo_copia
from escritorio.documentos.temporales import ANTIGUEDAD_S
from escritorio.errores import ErrorBaseDeDatos
from escritorio.servicios.base import abrir_base
from escritorio.servicios.respaldo import crear_respaldo

INGLES = ("unable to open", "disk is full", "Errno", "Permission denied", "database", "Operation not permitted")
POSIX = pytest.mark.skipif(sys.platform == "win32", reason="permisos y chattr de POSIX")


def _inmutable(carpeta):
    """La carpeta pasa a no admitir cambios ni siquiera para root (chattr +i); si el sistema no lo permite, se salta."""
    if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(carpeta)],
                                                         capture_output=True).returncode != 0:
        pytest.skip("este sistema de archivos no admite chattr +i")
    return lambda: subprocess.run(["chattr", "-i", str(carpeta)], capture_output=True)


@POSIX
def test_respaldar_o_restaurar_en_una_carpeta_de_solo_lectura_se_explica_y_no_aparta_la_base(
        demo_como, cli_proceso, tmp_path):
    ruta = demo_como("x.db")
    solo_lectura = tmp_path / "solo-lectura"
    solo_lectura.mkdir()
    base_protegida = solo_lectura / "x.db"
    shutil.copy(ruta, base_protegida)
    liberar = _inmutable(solo_lectura)
    try:
        respaldo = cli_proceso("respaldo", "crear", str(solo_lectura / "r.db"), db=ruta)
        restaurar = cli_proceso("respaldo", "restaurar", str(ruta), db=base_protegida)
        antes = sorted(p.name for p in solo_lectura.iterdir())
    finally:
        liberar()
    assert respaldo.returncode == 1 and "No se pudo crear el respaldo" in respaldo.stderr
    assert restaurar.returncode == 1 and "No se puede restaurar en la carpeta" in restaurar.stderr
    assert "la base sigue como estaba" in restaurar.stderr
    for salida in (respaldo.stderr, restaurar.stderr):
        assert not any(ingles in salida for ingles in INGLES), salida
    assert antes == ["x.db"]   # nada apartado como «dañada», nada a medias


@pytest.mark.parametrize(("error", "se_dice"), [
    (sqlite3.OperationalError("database or disk is full"), "no queda espacio en el disco"),
    (PermissionError(13, "Permission denied"), "no hay permiso para escribir allí"),
    (sqlite3.OperationalError("unable to open database file"), "no se puede crear ni abrir un archivo allí"),
])
def test_los_errores_de_un_respaldo_se_dicen_en_castellano(demo_como, tmp_path, monkeypatch, error, se_dice):
    db = abrir_base(demo_como("x.db"))
    try:
        def falla(*_a, **_k):
            raise error

        monkeypatch.setattr(respaldo_copia, "copiar_a", falla)
        with pytest.raises(ErrorBaseDeDatos) as rechazo:
            crear_respaldo(db, tmp_path / "r.db")
    finally:
        db.close()
    mensaje = str(rechazo.value)
    assert se_dice in mensaje and "No se modificó nada" in mensaje
    assert not any(ingles in mensaje for ingles in INGLES), mensaje


def test_un_destino_con_barra_final_es_una_carpeta_y_nunca_se_crea_un_archivo_con_su_nombre(demo_como, cli_proceso,
                                                                                          tmp_path):
    ruta = demo_como("x.db")
    hecho = cli_proceso("respaldo", "crear", "nuevo_dir/", db=ruta)
    assert hecho.returncode == 0, hecho.stderr
    assert (tmp_path / "nuevo_dir").is_dir()   # la carpeta, no un archivo con ese nombre
    assert len(list((tmp_path / "nuevo_dir").glob("x-*-manual.db"))) == 1
    (tmp_path / "un_archivo").write_text("x")
    dentro = cli_proceso("respaldo", "crear", "un_archivo/r.db", db=ruta)
    assert dentro.returncode == 1 and "es un archivo, no una carpeta" in dentro.stderr
    assert (tmp_path / "un_archivo").read_text() == "x"


@pytest.mark.parametrize("nombre", ["fdp.\u202efdp.xlsx", "padron\u2066.xlsx", "padron\u200f.xlsx", "pa\x7fdron.xlsx"])
def test_un_nombre_de_archivo_con_controles_de_direccion_se_rechaza(demo_como, cli_proceso, tmp_path, nombre):
    ruta = demo_como("x.db")
    hecho = cli_proceso("miembros", "exportar", nombre, db=ruta)
    assert hecho.returncode == 1, hecho.stdout
    assert "El nombre de archivo" in hecho.stderr and "no se guardó nada" in hecho.stderr
    assert not list(tmp_path.glob("*.xlsx")) and not list(tmp_path.glob("*fdp*"))


def test_un_pais_repetido_en_paises_se_rechaza_nombrandolo(cli_proceso, tmp_path):
    ruta = tmp_path / "nueva.db"
    hecho = cli_proceso("asociacion", "crear", "--nombre", "Red Nueva", "--sigla", "RN", "--paises",
                        "AR:pleno,BR:pleno,ar:asociado", db=ruta)
    assert hecho.returncode == 2
    assert "el país AR está dos veces (AR:pleno y ar:asociado)" in hecho.stderr
    assert not ruta.exists()


@pytest.mark.parametrize("separador", ["\x1c", "\x1d", "\x1e", "\x1f"])
def test_los_separadores_de_control_en_el_borde_de_un_texto_se_rechazan(cli_proceso, tmp_path, separador):
    ruta = tmp_path / "nueva.db"
    hecho = cli_proceso("asociacion", "crear", "--nombre", f"{separador}Red Nueva", "--sigla", f"RN{separador}",
                        db=ruta)
    assert hecho.returncode == 1, hecho.stdout
    assert f"U+{ord(separador):04X}" in hecho.stderr and "carácter de control invisible" in hecho.stderr
    assert not ruta.exists()   # nada se creó


@POSIX
def test_lo_que_crea_el_programa_es_solo_del_usuario(cli_proceso, entorno_cli, tmp_path):
    ruta = tmp_path / "datos" / "red.db"
    assert cli_proceso("asociacion", "crear", "--nombre", "Red Nueva", "--sigla", "RN", "--paises", "AR",
                       db=ruta).returncode == 0
    assert cli_proceso("respaldo", "crear", db=ruta).returncode == 0
    assert cli_proceso("miembros", "exportar", str(tmp_path / "padron.xlsx"), db=ruta).returncode == 0
    registro = list((tmp_path / "casa" / "datos").rglob("*.log"))
    creados = [ruta, ruta.with_name("red.db.testigo"), *ruta.parent.glob("respaldos/*"), tmp_path / "padron.xlsx",
               *registro]
    assert len(creados) >= 5
    abiertos = {str(c): oct(c.stat().st_mode & 0o777) for c in creados if c.stat().st_mode & 0o077}
    assert abiertos == {}
    carpeta = ruta.parent / "respaldos"
    assert carpeta.stat().st_mode & 0o077 == 0


def test_los_temporales_que_dejo_un_recibo_cortado_se_limpian_en_la_siguiente_escritura(demo_como, cli_proceso,
                                                                                      tmp_path):
    """Lo que deja un proceso muerto justo después de confirmar el pago, mientras escribía el recibo (los nombres
    exactos que usa la escritura atómica y la conversión a PDF/A). Lo que no es nuestro, o es reciente, queda."""
    ruta = demo_como("x.db")
    papeles = tmp_path / "papeles"
    papeles.mkdir()
    viejos = [papeles / ".recibo-12.pdf.1a2b3c4d.tmp", papeles / ".recibo-12.pdf.1a2b3c4d.tmp.9f8e7d6c.pdfa",
              papeles / ".morosidad.parcial.xlsx"]
    ajenos = [papeles / ".recibo.tmp", papeles / "notas.tmp", papeles / ".config"]
    reciente = papeles / ".otro.pdf.0badf00d.tmp"
    hace_rato = time.time() - ANTIGUEDAD_S - 60
    for archivo in (*viejos, *ajenos, reciente):
        archivo.write_bytes(b"%PDF-1.7 a medias")
    for archivo in (*viejos, *ajenos):
        os.utime(archivo, (hace_rato, hace_rato))

    hecho = cli_proceso("cuotas", "estado-cuenta", "--miembro", "5", str(papeles / "cuenta.pdf"), db=ruta)
    assert hecho.returncode == 0, hecho.stderr
    assert not any(v.exists() for v in viejos)
    assert all(a.exists() for a in ajenos) and reciente.exists()
    assert (papeles / "cuenta.pdf").exists()
    assert stat.S_ISREG((papeles / "cuenta.pdf").stat().st_mode)


@pytest.mark.parametrize("desfase", [3600, -3600], ids=["servidor_atrasado", "servidor_adelantado"])
def test_con_los_relojes_desparejos_solo_se_limpia_lo_viejo_para_los_dos(tmp_path, monkeypatch, desfase):
    """Una carpeta de red: el servidor pone la fecha a lo que se crea (su reloj) y esta computadora a la copia del
    anterior que aparta `escribir_juntos` (el suyo, `desfase` segundos adelante o atrás). Lo recién hecho con
    cualquiera de los dos relojes queda; lo abandonado (viejo para los dos) se borra. Con un solo reloj, o se borraba
    a mitad un temporal de la misma escritura o la copia del anterior."""
    from types import SimpleNamespace

    from escritorio.documentos import temporales

    servidor = time.time()
    local = servidor + desfase
    monkeypatch.setattr(temporales, "time", SimpleNamespace(time=lambda: local))
    del_servidor, de_la_computadora = tmp_path / ".m.pdf.0badf00d.tmp", tmp_path / ".m.xlsx.1a2b3c4d.tmp"
    abandonado = tmp_path / ".viejo.pdf.9f8e7d6c.tmp"
    for archivo, fecha in ((del_servidor, servidor), (de_la_computadora, local),
                           (abandonado, min(servidor, local) - ANTIGUEDAD_S - 60)):
        archivo.write_bytes(b"a medias")
        os.utime(archivo, (fecha, fecha))
    os.utime(tmp_path, (servidor, servidor))   # la carpeta, con la hora del servidor de lo último que se creó
    assert temporales.limpiar_restos(tmp_path) == [abandonado]
    assert del_servidor.exists() and de_la_computadora.exists()


def test_lo_abandonado_se_limpia_en_la_siguiente_escritura_aunque_la_carpeta_no_haya_cambiado(tmp_path):
    """La hora del disco es la de un archivo que se crea al preguntar, no la de la carpeta: con la de la carpeta, un
    temporal que quedó sin otra actividad desde entonces (la carpeta con su misma fecha vieja) no se borraba en la
    siguiente escritura sino en una posterior."""
    from escritorio.documentos.temporales import limpiar_restos

    abandonado = tmp_path / ".recibo-3.pdf.1a2b3c4d.tmp"
    abandonado.write_bytes(b"a medias")
    hace_rato = time.time() - ANTIGUEDAD_S - 60
    os.utime(abandonado, (hace_rato, hace_rato))
    os.utime(tmp_path, (hace_rato, hace_rato))   # nada más pasó en la carpeta desde entonces
    assert limpiar_restos(tmp_path) == [abandonado]
    assert list(tmp_path.iterdir()) == []   # ni el archivo con el que se preguntó la hora
