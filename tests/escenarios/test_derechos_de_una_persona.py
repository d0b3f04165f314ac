"""El «Done when» del issue 65, por la línea de órdenes: una persona de contacto pide sus datos y después que se
supriman, sobre la red de ejemplo.

Valeria Sosa es la encargada de prensa de un miembro: su correo y su teléfono (que cambió una vez) están en su
contacto, recibe los recibos por correo (uno le salió por un servidor SMTP de verdad en 127.0.0.1 y otro la espera en
la bandeja de salida). Pide acceso: la carta en PDF y el archivo JSON dicen todo lo que la base tiene de ella, también
su teléfono de antes (la bitácora). Después pide la supresión: no queda rastro legible de ella en el archivo de la
base (ni en su diario), en la bandeja de salida, en los documentos nuevos (el padrón, la bitácora exportada) ni en el
sitio publicado con los contactos, mientras «verificar» sigue diciendo «sana» y las actas aprobadas siguen
verificando. Y las manipulaciones de quien tiene el archivo (las de los issues de confianza, y las nuevas sobre los
valores que la bitácora guarda aparte) se siguen notando después de la supresión.

En la prueba de punta a punta, cada orden de los derechos y «verificar» corre como proceso real; lo de preparar, en el
proceso de las pruebas, por la misma función de entrada. Las manipulaciones, sobre una base suprimida una vez para
todas (por la función de entrada), con «verificar» por la misma función."""

import json
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from correo.servidor_smtp import ServidorSMTP
from test_evidencia_que_no_se_lava import CASOS

MIEMBRO, NOMBRE = 5, "Valeria Sosa"
CORREO = "valeria.sosa@correo.ejemplo.org"
TELEFONO_VIEJO, TELEFONO = "+598 99 123 456", "+598 99 654 321"
SUYOS = (NOMBRE, CORREO, TELEFONO_VIEJO, TELEFONO)


def _ok(hecho) -> str:
    assert hecho.returncode == 0, hecho.stdout + hecho.stderr
    return hecho.stdout


def _texto_pdf(ruta: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(ruta).pages)


def _bytes_de_la_base(ruta: Path) -> bytes:
    """El archivo de la base y lo que haya en su diario, tal como están en el disco."""
    return b"".join(p.read_bytes() for p in (ruta, ruta.with_name(ruta.name + "-wal")) if p.exists())


def _preparar(base: Path, carpeta: Path, entorno: dict) -> tuple[Callable, int]:
    """Valeria en la red de ejemplo: su contacto (con el teléfono cambiado una vez), un recibo que le salió por correo
    y otro que la espera en la bandeja, la política de datos y la persona registrada. Por la función de entrada de
    la CLI, en este proceso. Devuelve (cli, persona)."""
    from cli_en_el_proceso import orden_en_el_proceso

    def cli(*argumentos):
        return _ok(orden_en_el_proceso(["--db", str(base), *map(str, argumentos)], carpeta, entorno))

    contacto = json.loads(cli("miembros", "contacto", MIEMBRO, "--nombre", NOMBRE, "--rol", "Prensa", "--correo",
                              CORREO, "--telefono", TELEFONO_VIEJO, "--json"))["id"]
    cli("miembros", "contacto", MIEMBRO, "--editar", contacto, "--nombre", NOMBRE, "--rol", "Prensa", "--correo",
        CORREO, "--telefono", TELEFONO)
    cli("correo", "recibe", contacto, "recibo")
    pagos = [p["id"] for p in json.loads(cli("pagos", "listar", "--json")) if p["miembro_id"] == MIEMBRO]
    with ServidorSMTP() as servidor:
        cli("correo", "cuenta", "--servidor", "127.0.0.1", "--puerto", servidor.puerto, "--seguridad", "ninguna",
            "--remitente", "secretaria@redsur.ejemplo.org")
        cli("correo", "recibo", pagos[0])
        assert [r.destinatarios for r in servidor.recibidos] == [[CORREO]]
    # El servidor ya no escucha: el segundo recibo queda esperando en la bandeja de salida.
    orden_en_el_proceso(["--db", str(base), "correo", "recibo", str(pagos[1])], carpeta, entorno)
    cli("derechos", "politica", "--pais", "UY", "--contacto", "datos@redsur.ejemplo.org")
    (fila,) = json.loads(cli("personas", "apariciones", "--buscar", CORREO, "--json"))
    persona = json.loads(cli("personas", "registrar", f"{fila['tabla']}:{fila['fila_id']}", "--motivo",
                             "pidió sus datos por correo", "--json"))["persona_id"]
    return cli, persona


def test_pide_sus_datos_y_despues_que_se_supriman(demo_creada_por_la_cli, tmp_path):
    """De punta a punta, cada orden de los derechos y «verificar» como proceso real."""
    import subprocess
    import sys

    from cli_en_el_proceso import entorno_aislado

    base = tmp_path / "red.db"
    shutil.copy(demo_creada_por_la_cli, base)
    entorno = entorno_aislado(tmp_path)
    cli, persona = _preparar(base, tmp_path, entorno)
    aprobada = next(s for s in json.loads(cli("sesiones", "listar", "--json")) if s["estado_acta"] == "aprobada")
    cli("sesiones", "acta", aprobada["id"], tmp_path / "acta-antes.pdf")

    def proceso(*argumentos):
        return subprocess.run([sys.executable, "-m", "escritorio", "--db", str(base), *map(str, argumentos)],
                              cwd=tmp_path, env=entorno, capture_output=True, text=True, encoding="utf-8",
                              timeout=120)

    # 1. El acceso: la carta y los datos, con su historia y su correo.
    acceso = json.loads(_ok(proceso("derechos", "registrar", "--persona", persona, "--derecho", "acceso",
                                    "--detalle", f"{NOMBRE} pide todos sus datos", "--json")))["solicitud_id"]
    assert f"Solicitud {acceso} respondida" in _ok(proceso("derechos", "acceso", acceso, "--carpeta", tmp_path))
    carta = _texto_pdf(tmp_path / f"acceso-solicitud-{acceso}.pdf")
    for dato in SUYOS:
        assert dato in carta, dato                       # también el teléfono de antes: su historia
    assert "Para qué los usamos y con qué fundamento" in carta and "datos@redsur.ejemplo.org" in carta
    assert "Ley 18.331" in carta
    datos = json.loads((tmp_path / f"acceso-solicitud-{acceso}.json").read_text(encoding="utf-8"))
    assert datos["filas"][0]["como_esta_guardada"]["telefono"] == TELEFONO
    assert any(TELEFONO_VIEJO in " ".join(h["detalle"]) for h in datos["historia"])
    assert sorted(c["estado_del_mensaje"] for c in datos["correo"]) == ["enviado", "pendiente"]
    assert {t["clase"] for t in datos["tratamientos"]} >= {"contactos", "destinatarios", "solicitantes"}

    # 2. La supresión: primero lo que haría, después lo que hizo y lo que quedó.
    supresion = json.loads(_ok(proceso("derechos", "registrar", "--persona", persona, "--derecho", "supresion",
                                       "--json")))["solicitud_id"]
    simulada = _ok(proceso("derechos", "suprimir", supresion, "--simular"))
    assert "Contacto" in simulada and "se borra" in simulada
    hecho = json.loads(_ok(proceso("derechos", "suprimir", supresion, "--carpeta", tmp_path, "--json")))
    assert hecho["borradas"] >= 2 and hecho["valores_suprimidos"] > 0 and hecho["archivo_limpio"] is True
    carta = _texto_pdf(tmp_path / f"supresion-solicitud-{supresion}.pdf")
    assert NOMBRE in carta   # la carta es para ella: se le entrega, la base no la guarda
    assert "Lo que suprimimos" in carta and "Las copias de respaldo" in carta
    solicitudes = json.loads(_ok(proceso("derechos", "listar", "--json")))
    assert [s["estado"] for s in solicitudes] == ["respondida", "respondida"]
    assert NOMBRE not in json.dumps(solicitudes, ensure_ascii=False)

    # 3. Ningún rastro legible: ni en el archivo ni en su diario, ni en la bandeja, ni en lo que se emite después, ni
    # en el sitio publicado con los contactos.
    crudo = _bytes_de_la_base(base)
    for dato in SUYOS:
        assert dato.encode("utf-8") not in crudo, f"{dato} sigue en el archivo de la base"
    bandeja = cli("correo", "bandeja", "--json")
    assert not any(dato in bandeja for dato in SUYOS)
    cli("miembros", "exportar", tmp_path / "padron.xlsx")
    cli("bitacora", "exportar", tmp_path / "bitacora.xlsx")
    for libro in ("padron.xlsx", "bitacora.xlsx"):
        celdas = " ".join(str(c) for hoja in load_workbook(tmp_path / libro).worksheets
                          for fila in hoja.iter_rows(values_only=True) for c in fila if c is not None)
        assert not any(dato in celdas for dato in SUYOS), libro
    cli("publicar", tmp_path / "sitio", "--incluir", "contactos")
    sitio = b"".join(p.read_bytes() for p in (tmp_path / "sitio").rglob("*") if p.is_file())
    assert not any(dato.encode("utf-8") in sitio for dato in SUYOS)
    aviso = (tmp_path / "sitio" / "privacidad.html").read_text(encoding="utf-8")
    assert "datos@redsur.ejemplo.org" in aviso and "Ley 18.331" in aviso

    # 4. «Sana», y las actas aprobadas siguen verificando (también el papel emitido antes de suprimir).
    verificada = proceso("verificar")
    assert verificada.returncode == 0, verificada.stdout + verificada.stderr
    assert "La base de datos está sana." in verificada.stdout
    assert "Actas: 3 aprobadas o firmadas, todas iguales a lo aprobado." in verificada.stdout
    assert "suprimidos por una solicitud de supresión, que los pidió" in verificada.stdout
    acta = proceso("documento", "verificar", tmp_path / "acta-antes.pdf")
    assert acta.returncode == 0 and "Auténtico" in acta.stdout, acta.stdout + acta.stderr


def test_pide_que_se_corrija_su_telefono_y_despues_no_recibir_mas_correo(demo_creada_por_la_cli, tmp_path):
    """Los otros dos derechos, cada orden como proceso real: la rectificación se hace con la edición de siempre (el
    contacto) y se responde diciendo qué se hizo; la oposición hace que su dirección no reciba más correo: el recibo
    que la esperaba en la bandeja ya no le sale, y un recibo nuevo va a la dirección institucional del miembro."""
    import subprocess
    import sys

    from cli_en_el_proceso import entorno_aislado

    base = tmp_path / "red.db"
    shutil.copy(demo_creada_por_la_cli, base)
    entorno = entorno_aislado(tmp_path)
    cli, persona = _preparar(base, tmp_path, entorno)

    def proceso(*argumentos):
        return _ok(subprocess.run([sys.executable, "-m", "escritorio", "--db", str(base), *map(str, argumentos)],
                                  cwd=tmp_path, env=entorno, capture_output=True, text=True, encoding="utf-8",
                                  timeout=120))

    # La rectificación: el teléfono se corrige en su contacto y la solicitud se responde con lo que se hizo.
    rectificacion = json.loads(proceso("derechos", "registrar", "--persona", persona, "--derecho", "rectificacion",
                                       "--detalle", "Mi teléfono es otro", "--json"))["solicitud_id"]
    (contacto,) = [f for f in json.loads(proceso("personas", "ver", persona, "--json"))["filas"]]
    proceso("miembros", "contacto", MIEMBRO, "--editar", contacto["fila_id"], "--nombre", NOMBRE, "--rol", "Prensa",
            "--correo", CORREO, "--telefono", "+598 99 777 000")
    respuesta = "Corregimos su teléfono en el contacto del miembro"
    assert f"Solicitud {rectificacion} respondida" in proceso("derechos", "responder", rectificacion, "--respuesta",
                                                              respuesta)
    (hecha,) = [s for s in json.loads(proceso("derechos", "listar", "--json")) if s["id"] == rectificacion]
    assert hecha["estado"] == "respondida" and hecha["respuesta"] == respuesta
    assert "+598 99 777 000" in proceso("bitacora", "listar", "--entidad", "contactos", "--cantidad", "3",
                                        "--detalle")

    # La oposición: lo que esperaba en la bandeja ya no le sale, y lo nuevo no la tiene entre sus destinatarios.
    def destinatarios_pendientes() -> list[str]:
        return [d["direccion"] for m in json.loads(proceso("correo", "bandeja", "--miembro", MIEMBRO, "--json"))
                if m["estado"] == "pendiente" for d in m["destinatarios"]]
    assert CORREO in destinatarios_pendientes()
    oposicion = json.loads(proceso("derechos", "registrar", "--persona", persona, "--derecho", "oposicion",
                                   "--json"))["solicitud_id"]
    hecho = proceso("derechos", "oposicion", oposicion)
    assert (f"Solicitud {oposicion} respondida: 1 dirección no recibe más correo ({CORREO}). 1 mensaje de la "
            "bandeja de salida ya no le sale.") in hecho
    assert CORREO not in destinatarios_pendientes()
    pagos = [p["id"] for p in json.loads(proceso("pagos", "listar", "--json")) if p["miembro_id"] == MIEMBRO]
    proceso("correo", "recibo", pagos[0], "--no-enviar")
    pendientes = destinatarios_pendientes()
    assert pendientes and CORREO not in pendientes


@pytest.fixture(scope="module")
def suprimida(demo_creada_por_la_cli, tmp_path_factory) -> tuple[Path, Path]:
    """La red de ejemplo con los datos de Valeria suprimidos, y una copia de antes de suprimirlos (la «copia vieja»
    que alguien podría poner a mano). Todo por la función de entrada de la CLI, en este proceso."""
    from cli_en_el_proceso import entorno_aislado

    carpeta = tmp_path_factory.mktemp("suprimida")
    base = carpeta / "red.db"
    shutil.copy(demo_creada_por_la_cli, base)
    cli, persona = _preparar(base, carpeta, entorno_aislado(carpeta))
    solicitud = json.loads(cli("derechos", "registrar", "--persona", persona, "--derecho", "supresion",
                               "--json"))["solicitud_id"]
    shutil.copy(base, carpeta / "antes-de-suprimir.db")
    cli("derechos", "suprimir", solicitud)
    return base, carpeta / "antes-de-suprimir.db"


def _valor_devuelto(ruta: Path, _tmp) -> None:
    """Quien tiene el archivo quiere recuperar lo suprimido: escribe el correo en claro donde estaba su valor."""
    conexion = sqlite3.connect(ruta)
    conexion.execute("DROP TRIGGER bitacora_valores_sellar_o_suprimir")
    conexion.execute("UPDATE bitacora_valores SET valor = ? WHERE rowid = (SELECT min(rowid) FROM bitacora_valores "
                     "WHERE valor IS NULL)", [json.dumps(CORREO)])
    conexion.commit()
    conexion.close()


def _supresion_ajena(ruta: Path, _tmp) -> None:
    """Borra el valor de otra persona (el nombre de una autoridad) citando la solicitud de Valeria."""
    conexion = sqlite3.connect(ruta)
    conexion.execute("DROP TRIGGER bitacora_valores_sellar_o_suprimir")
    conexion.execute("UPDATE bitacora_valores SET valor = NULL, sal = NULL, suprimido_por = (SELECT max(solicitud_id) "
                     "FROM supresiones) WHERE registro_id = (SELECT min(id) FROM bitacora WHERE entidad = "
                     "'autoridades')")
    conexion.commit()
    conexion.close()


def _supresion_sin_su_fila(ruta: Path, _tmp) -> None:
    """Quita de `supresiones` la fila del contacto: sus valores suprimidos quedan sin la solicitud que los pidió."""
    conexion = sqlite3.connect(ruta)
    conexion.execute("DROP TRIGGER supresiones_fijo_delete")
    conexion.execute("DELETE FROM supresiones WHERE tabla = 'contactos'")
    conexion.commit()
    conexion.close()


def _traidos_de_la_copia_vieja(ruta: Path, tmp) -> None:
    """El ataque del issue 77, §5: los valores y las sales suprimidos, copiados de vuelta desde la copia de antes de
    suprimir (su compromiso coincide), sin marca de supresión."""
    conexion = sqlite3.connect(ruta)
    conexion.execute("DROP TRIGGER bitacora_valores_sellar_o_suprimir")
    conexion.execute("ATTACH DATABASE ? AS vieja", [str(tmp / "copia-vieja.db")])
    conexion.execute("UPDATE bitacora_valores AS v SET valor = o.valor, sal = o.sal, suprimido_por = NULL "
                     "FROM vieja.bitacora_valores AS o WHERE o.registro_id = v.registro_id AND o.posicion = v.posicion "
                     "AND v.valor IS NULL AND o.valor IS NOT NULL")
    conexion.commit()
    conexion.close()


DESPUES_DE_SUPRIMIR = {**CASOS,
                       "los valores y sus sales traídos de vuelta de la copia vieja": _traidos_de_la_copia_vieja,
                       "el correo suprimido, escrito otra vez en claro en la bitácora": _valor_devuelto,
                       "el nombre de otra persona suprimido con la solicitud de Valeria": _supresion_ajena,
                       "la fila del contacto quitada de lo que suprimió la solicitud": _supresion_sin_su_fila}


@pytest.mark.parametrize("caso", list(DESPUES_DE_SUPRIMIR))
def test_las_manipulaciones_se_siguen_notando_despues_de_suprimir(caso, suprimida, cli, tmp_path):
    """Los cinco casos del issue 40 (evidencia que no se lava) y tres nuevos sobre lo suprimido: cada uno se nota
    después de una escritura común."""
    base, antes = suprimida
    ruta = tmp_path / "x.db"
    shutil.copy(base, ruta)
    shutil.copy(base.with_name(base.name + ".testigo"), ruta.with_name(ruta.name + ".testigo"))
    shutil.copy(antes, tmp_path / "copia-vieja.db")
    DESPUES_DE_SUPRIMIR[caso](ruta, tmp_path)
    comun = cli("miembros", "baja", "20", "--fecha", "2026-06-01", "--motivo", "Renuncia", db=ruta)
    assert comun.returncode == 0, comun.stdout + comun.stderr
    verificada = cli("verificar", db=ruta)
    assert verificada.returncode == 1 and "La base de datos está sana." not in verificada.stdout, verificada.stdout


def test_lo_suprimido_traido_de_una_copia_vieja_se_nombra(suprimida, cli, tmp_path):
    """Antes, con los valores y sus sales de vuelta, `verificar` decía «sana» y solo bajaba la cuenta de suprimidos."""
    base, antes = suprimida
    ruta = tmp_path / "x.db"
    shutil.copy(base, ruta)
    shutil.copy(antes, tmp_path / "copia-vieja.db")
    _traidos_de_la_copia_vieja(ruta, tmp_path)
    verificada = cli("verificar", db=ruta)
    assert verificada.returncode == 1, verificada.stdout
    assert "Datos personales suprimidos que volvieron:" in verificada.stdout + verificada.stderr
    assert "la persona pidió que se borraran" in verificada.stdout + verificada.stderr
