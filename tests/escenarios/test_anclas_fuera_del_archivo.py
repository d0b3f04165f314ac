"""Las anclas fuera del archivo (issue 58 §2): el sitio publicado muestra cada cabeza de la cadena de la bitácora que
publicó, y no publica una cadena que no las continúa; «verificar --ancla» compara la cadena con la carpeta del sitio,
su dirección (un servidor en 127.0.0.1, nunca internet) y un correo guardado (.eml).

Como lo haría quien manipula: sqlite3 directo sobre el archivo (la cadena rehecha con la función del programa y los
testigos borrados) y una base vuelta a un respaldo más viejo con «respaldo restaurar». La CLI corre en el proceso de
las pruebas (la fixture `cli`: la misma función de entrada, el mismo estado de salida y la misma salida), y como
proceso real en la prueba del ancla que no se entiende."""

import functools
import hashlib
import http.server
import json
import shutil
import sqlite3
import threading
from email.message import EmailMessage
from pathlib import Path

import pytest

from cli_en_el_proceso import entorno_aislado, orden_en_el_proceso
from escritorio.datos.base_de_datos import BaseDeDatos
from escritorio.datos.bitacora import _huella


def _orden(cli, ruta, *argumentos):
    hecho = cli(*argumentos, db=ruta)
    assert hecho.returncode == 0, hecho.stdout + hecho.stderr
    return hecho


def _cabezas(sitio: Path) -> list[tuple[int, str]]:
    """Las cabezas que muestra el sitio, como las leería cualquier programa (el JSON, sin el código de Escritorio)."""
    return [(c["sello"], c["huella"]) for c in json.loads((sitio / "anclas.json").read_text(encoding="utf-8"))["cabezas"]]


def _cabeza(cli, ruta) -> tuple[int, str]:
    dato = json.loads(_orden(cli, ruta, "bitacora", "ancla", "--json").stdout)
    return dato["sello"], dato["huella"]


def _foto(carpeta: Path) -> dict[str, tuple[str, int]]:
    """Cada archivo de la carpeta con su SHA-256 y su hora de modificación: para ver que nada se tocó."""
    return {str(p.relative_to(carpeta)): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
            for p in sorted(carpeta.rglob("*")) if p.is_file()}


def rehacer_la_cadena(ruta: Path) -> None:
    """Quien conoce el programa: cambia el correo de un miembro y su registro de bitácora con los triggers quitados,
    vuelve a calcular cada sello con la función del programa y borra los testigos. La cadena queda coherente: solo un
    ancla que salió de la oficina lo delata."""
    conn = sqlite3.connect(ruta)
    try:
        triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND "
                                "(tbl_name IN ('bitacora', 'bitacora_sellos') OR name = 'bitacora_miembros_cambio')"
                                ).fetchall()
        for nombre, _ in triggers:
            conn.execute(f'DROP TRIGGER "{nombre}"')
        miembro, registro, datos = conn.execute(
            "SELECT entidad_id, id, datos FROM bitacora b WHERE entidad = 'miembros' AND accion = 'alta' AND "
            "(SELECT count(*) FROM bitacora c WHERE c.entidad = 'miembros' AND c.entidad_id = b.entidad_id) = 1 "
            "ORDER BY id LIMIT 1").fetchone()
        fila = json.loads(datos)
        fila[10] = "falso@ejemplo.org"   # la columna correo
        conn.execute("UPDATE bitacora SET datos = ? WHERE id = ?",
                     [json.dumps(fila, ensure_ascii=False, separators=(",", ":")), registro])
        conn.execute("UPDATE miembros SET correo = 'falso@ejemplo.org' WHERE id = ?", [miembro])
        db, anterior = BaseDeDatos(conn), None
        for sello, momento, usuario, operador, desde, hasta in conn.execute(
                "SELECT id, momento, usuario, operador, desde_id, hasta_id FROM bitacora_sellos ORDER BY id").fetchall():
            huella, _ = _huella(db, anterior, momento, usuario, operador, desde, hasta)
            conn.execute("UPDATE bitacora_sellos SET huella_anterior = ?, huella = ? WHERE id = ?",
                         [anterior, huella, sello])
            anterior = huella
        for _, sql in triggers:
            conn.execute(sql)
        conn.commit()
    finally:
        conn.close()
    for testigo in [ruta.with_name(ruta.name + ".testigo"), *ruta.parent.glob("respaldos/*.testigo")]:
        testigo.unlink(missing_ok=True)


@pytest.fixture(scope="module")
def publicada_dos_veces(demo_creada_por_la_cli, tmp_path_factory) -> Path:
    """La red de ejemplo publicada, un cambio y publicada otra vez (dos cabezas en el sitio), con la CLI en el proceso,
    una vez en el módulo: cada prueba que la pide trabaja sobre su copia (`_publicado_dos_veces`)."""
    carpeta = tmp_path_factory.mktemp("publicada_dos_veces")
    ruta, sitio = carpeta / "red.db", carpeta / "sitio"
    shutil.copy(demo_creada_por_la_cli, ruta)
    entorno = entorno_aislado(carpeta)

    def orden(*argumentos):
        hecho = orden_en_el_proceso(["--db", str(ruta), *argumentos], carpeta, entorno)
        assert hecho.returncode == 0, hecho.stdout + hecho.stderr

    orden("publicar", str(sitio))
    primera = _cabezas(sitio)
    orden("miembros", "editar", "5", "--telefono", "+54 11 4000-0001")
    orden("publicar", str(sitio))
    cabezas = _cabezas(sitio)
    assert len(cabezas) == 2 and cabezas[0] == primera[0]
    return carpeta


def _publicado_dos_veces(publicada: Path, ruta: Path, sitio: Path) -> list[tuple[int, str]]:
    """La base y el sitio de `publicada_dos_veces` copiados en `ruta` y `sitio` (la base con lo que la acompaña: su
    testigo y sus respaldos); devuelve las dos cabezas que muestra el sitio."""
    for archivo in publicada.glob("red.db*"):
        shutil.copy2(archivo, ruta.with_name(ruta.name + archivo.name[len("red.db"):]))
    if (publicada / "respaldos").is_dir():
        shutil.copytree(publicada / "respaldos", ruta.parent / "respaldos")
    shutil.copytree(publicada / "sitio", sitio)
    return _cabezas(sitio)


# --- el sitio publicado --------------------------------------------------------------------------------------------

def test_cada_publicacion_agrega_su_cabeza_y_conserva_las_anteriores(demo_como, cli, tmp_path):
    ruta, sitio = demo_como("red.db"), tmp_path / "sitio"
    _orden(cli, ruta, "publicar", str(sitio))
    primera = _cabezas(sitio)
    assert primera == [_cabeza(cli, ruta)]   # la cabeza después de emitir las actas del sitio

    _orden(cli, ruta, "publicar", str(sitio))   # sin cambios en la base: no se repite
    assert _cabezas(sitio) == primera

    _orden(cli, ruta, "miembros", "editar", "5", "--telefono", "+54 11 4000-0001")
    _orden(cli, ruta, "publicar", str(sitio))
    cabezas = _cabezas(sitio)
    assert cabezas == [primera[0], _cabeza(cli, ruta)] and cabezas[1][0] > cabezas[0][0]

    pagina = (sitio / "anclas.html").read_text(encoding="utf-8")
    for _, huella in cabezas:
        assert huella in pagina
    assert pagina.index(cabezas[1][1]) < pagina.index(cabezas[0][1])   # la más nueva primero
    assert 'href="anclas.html"' in (sitio / "index.html").read_text(encoding="utf-8")
    manifiesto = json.loads((sitio / "manifiesto.json").read_text(encoding="utf-8"))
    assert {"anclas.json", "anclas.html"} <= set(manifiesto["archivos"])


def test_una_base_vuelta_a_un_respaldo_viejo_no_se_publica_y_el_sitio_queda_igual(demo_como, cli, tmp_path):
    ruta, sitio = demo_como("red.db"), tmp_path / "sitio"
    _orden(cli, ruta, "publicar", str(sitio))
    respaldo = tmp_path / "viejo.db"
    _orden(cli, ruta, "respaldo", "crear", str(respaldo))
    _orden(cli, ruta, "miembros", "editar", "5", "--telefono", "+54 11 4000-0001")
    _orden(cli, ruta, "publicar", str(sitio))
    mostradas = _cabezas(sitio)

    _orden(cli, ruta, "respaldo", "restaurar", str(respaldo))
    # La base sigue su vida desde el respaldo: el mismo número de sello, otra huella.
    _orden(cli, ruta, "miembros", "editar", "6", "--telefono", "+54 11 4000-0002")
    antes = _foto(sitio)
    rechazada = cli("publicar", str(sitio), db=ruta)
    assert rechazada.returncode == 1, rechazada.stdout
    assert "la cadena de la bitácora de esta base ya no continúa la que el sitio mostró" in rechazada.stderr
    assert f"el sitio mostró el sello {mostradas[1][0]} con la huella {mostradas[1][1][:16]}" in rechazada.stderr
    assert "volvió a una copia más vieja" in rechazada.stderr and "Traceback" not in rechazada.stderr
    assert _foto(sitio) == antes   # ni un archivo escrito, ni un acta emitida para el sitio

    # «verificar --ancla» con la carpeta del sitio dice lo mismo, cabeza por cabeza.
    verificada = cli("verificar", "--ancla", str(sitio), db=ruta)
    assert verificada.returncode == 1
    assert f"Ancla: el sello {mostradas[0][0]} que mostró el sitio publicado en {sitio}" in verificada.stdout
    assert f"el sello {mostradas[1][0]} de la base tiene la huella" in verificada.stderr


def test_una_cadena_rehecha_con_sqlite3_no_se_publica(publicada_dos_veces, cli, tmp_path):
    ruta, sitio = tmp_path / "red.db", tmp_path / "sitio"
    _publicado_dos_veces(publicada_dos_veces, ruta, sitio)
    rehacer_la_cadena(ruta)
    assert "La base de datos está sana." in _orden(cli, ruta, "verificar").stdout   # sola no lo ve
    antes = _foto(sitio)
    rechazada = cli("publicar", str(sitio), db=ruta)
    assert rechazada.returncode == 1
    assert "ya no continúa la que el sitio mostró" in rechazada.stderr
    assert "(y 1 cabeza(s) más del sitio tampoco están)" in rechazada.stderr
    assert _foto(sitio) == antes


def test_un_archivo_de_anclas_borrado_del_sitio_se_repone_con_todas_sus_cabezas(publicada_dos_veces, cli, tmp_path):
    ruta, sitio = tmp_path / "red.db", tmp_path / "sitio"
    cabezas = _publicado_dos_veces(publicada_dos_veces, ruta, sitio)
    (sitio / "anclas.json").unlink()   # el manifiesto también las anota: se reponen todas, no solo la de hoy
    _orden(cli, ruta, "publicar", str(sitio))
    assert _cabezas(sitio) == cabezas

    # Borrado, y también quitadas del manifiesto (a mano): no se publica una lista vacía encima de lo que se mostró.
    (sitio / "anclas.json").write_text("{}", encoding="utf-8")
    manifiesto = json.loads((sitio / "manifiesto.json").read_text(encoding="utf-8"))
    del manifiesto["cabezas"]
    (sitio / "manifiesto.json").write_text(json.dumps(manifiesto), encoding="utf-8")
    antes = _foto(sitio)
    rechazada = cli("publicar", str(sitio), db=ruta)
    assert rechazada.returncode == 1 and "se perderían las cabezas que el público ya vio" in rechazada.stderr
    assert _foto(sitio) == antes


def test_una_publicacion_cortada_a_mitad_no_pierde_la_cabeza_nueva(demo_db, tmp_path):
    """El manifiesto «pendiente» (escrito antes que los archivos) ya anota la cabeza nueva: si la publicación se
    corta antes de escribir anclas.json, la siguiente la conoce y la sigue exigiendo."""
    from escritorio.servicios.contexto import Contexto
    from escritorio.servicios.publicacion import publicar
    from escritorio.servicios.unidades import NuevaActividad, agregar_actividad, unidades

    contexto, sitio = Contexto(demo_db, 1), tmp_path / "sitio"
    publicar(contexto, sitio)
    primera = _cabezas(sitio)
    agregar_actividad(contexto, unidades(contexto)[0]["id"], NuevaActividad(titulo="Seminario 2027"))

    def cortar(que, hecho, total):
        if hecho:   # «Escribiendo …»: el manifiesto pendiente ya está escrito, los archivos todavía no
            raise RuntimeError("corte de luz")

    with pytest.raises(RuntimeError, match="corte de luz"):
        publicar(contexto, sitio, avance=cortar)
    assert _cabezas(sitio) == primera
    pendiente = json.loads((sitio / "manifiesto.json").read_text(encoding="utf-8"))["cabezas"]
    assert len(pendiente) == 2 and (pendiente[0]["sello"], pendiente[0]["huella"]) == primera[0]
    publicar(contexto, sitio)
    assert _cabezas(sitio) == [(c["sello"], c["huella"]) for c in pendiente]


# --- verificar --ancla ------------------------------------------------------------------------------------------------

def test_verificar_con_la_carpeta_del_sitio(publicada_dos_veces, cli, tmp_path):
    ruta, sitio = tmp_path / "red.db", tmp_path / "sitio"
    cabezas = _publicado_dos_veces(publicada_dos_veces, ruta, sitio)
    sana = _orden(cli, ruta, "verificar", "--ancla", str(sitio))
    for sello, _ in cabezas:
        assert f"Ancla: el sello {sello} que mostró el sitio publicado en {sitio}" in sana.stdout
    assert sana.stdout.count("sigue en la cadena, igual") == 2

    # Lo que guardó un miembro: la página desde el navegador, o el archivo para programas.
    guardadas = tmp_path / "guardadas"
    guardadas.mkdir()
    (guardadas / "cadena del sitio.html").write_bytes((sitio / "anclas.html").read_bytes())
    (guardadas / "anclas.json").write_bytes((sitio / "anclas.json").read_bytes())
    copias = [str(guardadas / "cadena del sitio.html"), str(guardadas / "anclas.json")]
    sanas = _orden(cli, ruta, "verificar", "--ancla", copias[0], "--ancla", copias[1])
    assert sanas.stdout.count("sigue en la cadena, igual") == 4
    assert "que mostró la copia guardada del sitio cadena del sitio.html" in sanas.stdout

    rehacer_la_cadena(ruta)
    rehecha = cli("verificar", "--ancla", str(sitio), db=ruta)
    assert rehecha.returncode == 1
    assert rehecha.stderr.count("la cadena se rehízo por fuera de Escritorio") == 2
    assert "sigue en la cadena, igual" not in rehecha.stdout
    for copia in copias:
        contra = cli("verificar", "--ancla", copia, db=ruta)
        assert contra.returncode == 1 and contra.stderr.count("la cadena se rehízo por fuera de Escritorio") == 2

    ajena = tmp_path / "ajena"
    ajena.mkdir()
    sin_anclas = cli("verificar", "--ancla", str(ajena), db=ruta)
    assert sin_anclas.returncode == 1 and "no es la carpeta de un sitio publicado por Escritorio" in sin_anclas.stderr


class _Silencioso(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *argumentos):
        pass


@pytest.fixture
def servidor_del_sitio(tmp_path):
    """Un servidor web en 127.0.0.1 que sirve tmp_path/alojamiento (el sitio subido al alojamiento)."""
    alojamiento = tmp_path / "alojamiento"
    alojamiento.mkdir()
    servidor = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_Silencioso, directory=str(alojamiento)))
    hilo = threading.Thread(target=servidor.serve_forever, daemon=True)
    hilo.start()
    yield alojamiento, f"http://127.0.0.1:{servidor.server_address[1]}"
    servidor.shutdown()
    servidor.server_close()


def test_verificar_con_la_direccion_del_sitio(publicada_dos_veces, cli, tmp_path, servidor_del_sitio):
    alojamiento, direccion = servidor_del_sitio
    ruta = tmp_path / "red.db"
    cabezas = _publicado_dos_veces(publicada_dos_veces, ruta, tmp_path / "sitio")
    shutil.copytree(tmp_path / "sitio", alojamiento / "transparencia")
    for forma in (f"{direccion}/transparencia/", f"{direccion}/transparencia/index.html"):
        sana = _orden(cli, ruta, "verificar", "--ancla", forma)
        assert sana.stdout.count("sigue en la cadena, igual") == len(cabezas)
        assert f"que mostró el sitio {forma}" in sana.stdout

    rehacer_la_cadena(ruta)
    rehecha = cli("verificar", "--ancla", f"{direccion}/transparencia", db=ruta)
    assert rehecha.returncode == 1 and rehecha.stderr.count("la cadena se rehízo por fuera de Escritorio") == 2

    no_esta = cli("verificar", "--ancla", f"{direccion}/otro/", db=ruta)
    assert no_esta.returncode == 1 and "respondió 404" in no_esta.stderr and "Traceback" not in no_esta.stderr
    with socket_libre() as puerto:
        caida = cli("verificar", "--ancla", f"http://127.0.0.1:{puerto}/", db=ruta)
    assert caida.returncode == 1 and "No se pudo leer http://127.0.0.1:" in caida.stderr
    assert "Compruebe la conexión" in caida.stderr and "Traceback" not in caida.stderr


class socket_libre:
    """Un puerto de 127.0.0.1 en el que nadie escucha (tomado y soltado)."""

    def __enter__(self) -> int:
        import socket

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            return s.getsockname()[1]

    def __exit__(self, *errores):
        return False


def _correo(ruta: Path, cabeza: tuple[int, str] | None, *, con_cabecera: bool = True, linea: bool = True) -> Path:
    """Un correo como los que envía Escritorio, guardado desde el programa de correo (.eml): la cabecera
    X-Escritorio-Ancla y la última línea del cuerpo con la cabeza de la cadena."""
    mensaje = EmailMessage()
    mensaje["From"] = "Secretaría RCS <secretaria@rcs.example>"
    mensaje["To"] = "montevideo@rcs.example"
    mensaje["Subject"] = "Convocatoria a la Asamblea General"
    mensaje["Date"] = "Thu, 26 Nov 2026 09:00:00 -0300"
    cuerpo = "Estimada ciudad miembro:\n\nLa convocatoria va adjunta.\n\n"
    if cabeza and con_cabecera:
        mensaje["X-Escritorio-Ancla"] = f"{cabeza[0]} {cabeza[1]}"
    if cabeza and linea:
        cuerpo += f"Huella de la bitácora: sello {cabeza[0]} · {cabeza[1]}\n"
    mensaje.set_content(cuerpo, cte="quoted-printable")   # como lo guarda un programa de correo: con «=C3=A1»
    ruta.write_bytes(bytes(mensaje))
    return ruta


def test_verificar_con_un_correo_guardado(demo_como, cli, tmp_path):
    ruta = demo_como("red.db")
    _orden(cli, ruta, "miembros", "editar", "5", "--telefono", "+54 11 4000-0001")
    cabeza = _cabeza(cli, ruta)
    completo = _correo(tmp_path / "convocatoria.eml", cabeza)
    reenviado = _correo(tmp_path / "reenviado.eml", cabeza, con_cabecera=False)   # la cabecera se perdió
    assert b"=C2=B7" in reenviado.read_bytes()   # la línea del cuerpo va codificada: se lee decodificada
    sana = _orden(cli, ruta, "verificar", "--ancla", str(completo), "--ancla", str(reenviado))
    assert sana.stdout.count(f"el sello {cabeza[0]} que mostró el correo «Convocatoria a la Asamblea General»") == 2
    assert sana.stdout.count("sigue en la cadena, igual") == 2

    rehacer_la_cadena(ruta)
    for correo in (completo, reenviado):
        rehecha = cli("verificar", "--ancla", str(correo), db=ruta)
        assert rehecha.returncode == 1 and "la cadena se rehízo por fuera de Escritorio" in rehecha.stderr
        assert "el correo «Convocatoria a la Asamblea General»" in rehecha.stderr

    otro = _correo(tmp_path / "otro.eml", None)
    sin_ancla = cli("verificar", "--ancla", str(otro), db=ruta)
    assert sin_ancla.returncode == 1 and "no es un correo enviado por Escritorio" in sin_ancla.stderr


def test_un_ancla_que_no_se_entiende_dice_que_acepta(demo_como, cli_proceso, tmp_path):
    ruta = demo_como("red.db")
    otro = tmp_path / "cabeza.p7s"
    otro.write_bytes(b"\x30\x82\x01\x00 no es un PDF")
    mal = cli_proceso("verificar", "--ancla", str(otro), db=ruta)
    assert mal.returncode == 1 and "Traceback" not in mal.stderr
    assert "un correo guardado (.eml)" in mal.stderr and "la carpeta de un sitio publicado" in mal.stderr
    assert "un sello de tiempo (.tsr" in mal.stderr


def test_el_sitio_de_otra_base_no_se_compara_como_si_fuera_de_esta(publicada_dos_veces, cli, tmp_path):
    ruta, sitio = tmp_path / "red.db", tmp_path / "sitio"
    _publicado_dos_veces(publicada_dos_veces, ruta, sitio)
    otra = tmp_path / "otra.db"
    _orden(cli, otra, "asociacion", "crear", "--nombre", "Red del Litoral", "--sigla", "RDL")
    ajena = cli("verificar", "--ancla", str(sitio), db=otra)
    assert ajena.returncode == 1 and "es de otra base (su lista de anclas lo dice)" in ajena.stderr
    assert "se rehízo" not in ajena.stderr


def test_un_archivo_de_anclas_hostil_se_rechaza_con_su_motivo(publicada_dos_veces, cli, tmp_path):
    ruta, sitio = tmp_path / "red.db", tmp_path / "sitio"
    _publicado_dos_veces(publicada_dos_veces, ruta, sitio)
    anclas = json.loads((sitio / "anclas.json").read_text(encoding="utf-8"))
    anclas["cabezas"][0]["publicada_en"] = "<script>alert(1)</script>"
    (sitio / "anclas.json").write_text(json.dumps(anclas), encoding="utf-8")
    hostil = cli("verificar", "--ancla", str(sitio), db=ruta)
    assert hostil.returncode == 1 and "no es una lista de anclas de Escritorio" in hostil.stderr
    assert "Traceback" not in hostil.stderr
    # Publicar repone el archivo con las cabezas del manifiesto (el archivo tocado no se cree).
    _orden(cli, ruta, "publicar", str(sitio))
    assert "<script>" not in (sitio / "anclas.json").read_text(encoding="utf-8")
    enorme = cli("verificar", "--ancla", "99999999999999999999999:abcdef0123456789", db=ruta)
    assert enorme.returncode == 1 and "la base ya no lo tiene" in enorme.stderr and "Traceback" not in enorme.stderr


def test_el_correo_que_envio_el_programa_guardado_como_eml(demo_como, cli, tmp_path):
    """De punta a punta: «correo recibo» lo manda a un servidor SMTP de verdad en 127.0.0.1; lo recibido, guardado tal
    cual como .eml (lo que hace «Guardar como» en un programa de correo), es un ancla."""
    from correo.servidor_smtp import ServidorSMTP

    ruta = demo_como("red.db")
    with ServidorSMTP() as servidor:
        _orden(cli, ruta, "correo", "cuenta", "--servidor", "127.0.0.1", "--puerto", str(servidor.puerto),
               "--seguridad", "ninguna", "--remitente", "secretaria@redsur.ejemplo.org")
        _orden(cli, ruta, "correo", "recibo", "1")
        (recibido,) = servidor.recibidos
    guardado = tmp_path / "recibo.eml"
    guardado.write_bytes(recibido.contenido)
    sello = int(str(recibido.mensaje["X-Escritorio-Ancla"]).split()[0])
    sano = _orden(cli, ruta, "verificar", "--ancla", str(guardado))
    assert f"Ancla: el sello {sello} que mostró el correo «" in sano.stdout and "sigue en la cadena, igual" in sano.stdout

    rehacer_la_cadena(ruta)
    rehecha = cli("verificar", "--ancla", str(guardado), db=ruta)
    assert rehecha.returncode == 1 and "la cadena se rehízo por fuera de Escritorio" in rehecha.stderr
