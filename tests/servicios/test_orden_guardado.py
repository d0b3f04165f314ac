"""El orden del padrón de la última vez (servicios/orden_guardado.py, issue 63 §5): la lectura por partes lo usa en
lugar de calcular la clave de orden de cada nombre, solo para los países que tienen exactamente los mismos miembros
con los mismos nombres; el padrón que llega a la tabla es siempre el de `padron_de_la_tabla`, en su orden."""

from escritorio.servicios import miembros as servicio_miembros
from escritorio.servicios.base import hoy
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.miembros import padron_de_la_tabla
from escritorio.servicios.orden_guardado import ruta_del_orden
from escritorio.servicios.padron_por_partes import LecturaDelPadron, primera_pantalla


def _abrir_la_tabla(contexto) -> tuple[list, LecturaDelPadron]:
    """Como la ventana: la primera pantalla, el resto de a tramos y, con todo en la tabla, el orden guardado."""
    primera = primera_pantalla(contexto, hoy())
    lectura = LecturaDelPadron(contexto, hoy(), list(primera.filas), paises=primera.paises)
    filas = list(primera.filas)
    while not lectura.terminada:
        filas += lectura.avanzar(7)
    assert not lectura.desfasada
    lectura.guardar_el_orden()
    return filas, lectura


def _contar_claves(monkeypatch) -> list[int]:
    """Cuántos nombres pasan por la clave de orden (lo que el orden guardado ahorra)."""
    contadas = []
    original = servicio_miembros.OrdenDelPadron.claves_en_el_pais

    def contar(self, filas, *args, **kwargs):
        contadas.append(len(filas))
        return original(self, filas, *args, **kwargs)

    monkeypatch.setattr(servicio_miembros.OrdenDelPadron, "claves_en_el_pais", contar)
    return contadas


def test_la_segunda_apertura_usa_el_orden_guardado_y_da_el_mismo_padron(demo_abierta, monkeypatch):
    db, asociacion = demo_abierta
    contexto = Contexto(db, asociacion["id"])
    entero = [f[0] for f in padron_de_la_tabla(contexto).filas]
    ruta = ruta_del_orden(db)
    assert not ruta.exists()

    contadas = _contar_claves(monkeypatch)
    filas, _ = _abrir_la_tabla(contexto)
    assert [f[0] for f in filas] == entero
    assert sum(contadas) >= 300 - 1 and ruta.exists()   # la primera vez se ordenó cada nombre, y se guardó

    contadas.clear()
    filas, _ = _abrir_la_tabla(contexto)
    assert [f[0] for f in filas] == entero
    assert contadas == []   # la segunda, ningún nombre: el orden de la vez anterior


def test_un_nombre_cambiado_con_la_cli_se_ve_en_su_nuevo_lugar(demo_abierta, copia_de_la_demo, cli, monkeypatch):
    """Lo guardado no vale para el país de un miembro que cambió de nombre (ni para uno con un alta): ese país se
    ordena de nuevo, los demás no, y la tabla lo muestra donde va ahora."""
    db, asociacion = demo_abierta
    contexto = Contexto(db, asociacion["id"])
    _abrir_la_tabla(contexto)
    antes = padron_de_la_tabla(contexto).filas
    ultimo = antes[-1]   # el último del último país: con su nombre nuevo va primero en su país
    del_pais = [f for f in antes if f[2] == ultimo[2]]
    assert len(del_pais) > 1 and del_pais[-1] == ultimo
    resultado = cli("miembros", "editar", ultimo[0], "--nombre", "Aaa nombre nuevo", db=copia_de_la_demo)
    assert resultado.returncode == 0, resultado.stderr
    resultado = cli("miembros", "agregar", "--nombre", "Zzz recién llegada", "--pais", "AR", "--poblacion", "1000",
                    db=copia_de_la_demo)
    assert resultado.returncode == 0, resultado.stderr

    contadas = _contar_claves(monkeypatch)
    filas, _ = _abrir_la_tabla(contexto)
    ahora = padron_de_la_tabla(contexto).filas
    assert [f[0] for f in filas] == [f[0] for f in ahora]
    primero_del_pais = next(f for f in filas if f[2] == ultimo[2])
    assert (primero_del_pais[0], primero_del_pais[1]) == (ultimo[0], "Aaa nombre nuevo")
    assert any(f[1] == "Zzz recién llegada" for f in filas)
    paises = {f[2] for f in ahora}
    assert 0 < len(contadas) < len(paises)   # se ordenaron de nuevo solo los países que cambiaron
    # y lo guardado ya es el orden nuevo: la próxima apertura no ordena nada
    contadas.clear()
    filas, _ = _abrir_la_tabla(contexto)
    assert [f[0] for f in filas] == [f[0] for f in ahora] and contadas == []


def test_un_archivo_danado_o_de_otra_asociacion_no_cambia_el_orden(demo_abierta):
    db, asociacion = demo_abierta
    contexto = Contexto(db, asociacion["id"])
    entero = [f[0] for f in padron_de_la_tabla(contexto).filas]
    _abrir_la_tabla(contexto)
    ruta = ruta_del_orden(db)
    guardado = ruta.read_text(encoding="utf-8")

    cabecera, resto = guardado.split("\n", 1)
    ruta.write_text(cabecera.replace(f'"asociacion": {asociacion["id"]}', '"asociacion": 999') + "\n" + resto,
                    encoding="utf-8")
    filas, _ = _abrir_la_tabla(contexto)
    assert [f[0] for f in filas] == entero

    for danado in (b"\x00\xff basura", guardado.encode()[:len(guardado) // 2], b""):
        ruta.write_bytes(danado)
        filas, _ = _abrir_la_tabla(contexto)
        assert [f[0] for f in filas] == entero


def test_lo_leido_se_reusa_solo_mientras_el_archivo_no_cambia(tmp_path):
    """La primera pantalla y el resto del padrón leen el mismo archivo al abrir la ventana: la segunda lectura toma
    lo ya leído, y un archivo guardado de nuevo (otro orden, del mismo tamaño) se lee otra vez: nada viejo."""
    from escritorio.servicios import orden_guardado

    ruta = tmp_path / "escritorio.db.orden-del-padron"
    filas = [("AR", 1, "Bella Vista"), ("AR", 2, "Azul"), ("UY", 3, "Melo")]
    orden_guardado.guardar(ruta, 7, "es", filas, 0, 1, 2)
    primera = orden_guardado.leer(ruta, 7, "es")
    assert primera.get("AR") == ([1, 2], ["Bella Vista", "Azul"])
    assert orden_guardado.leer(ruta, 7, "es") is primera
    assert not orden_guardado.leer(ruta, 8, "es")   # otra asociación: lo de la 7 no vale

    orden_guardado.guardar(ruta, 7, "es", [filas[1], filas[0], filas[2]], 0, 1, 2)   # mismo tamaño, otro orden
    segunda = orden_guardado.leer(ruta, 7, "es")
    assert segunda is not primera
    assert segunda.get("AR") == ([2, 1], ["Azul", "Bella Vista"])
    ruta.unlink()
    assert not orden_guardado.leer(ruta, 7, "es")
