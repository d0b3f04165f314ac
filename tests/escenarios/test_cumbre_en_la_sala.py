"""Issue 64, «Done when»: un punto entero de una Cumbre, a la manera de quien lo usa, sobre la red de ejemplo (la
copia de «escritorio demo»): una sesión NUEVA de la Asamblea General de Socios con el punto «Declaración de la
Cumbre».

- Por la línea de órdenes, cada paso como un proceso `escritorio` de verdad: las reglas de la sala (plazo de 10
  días con su artículo, 4 minutos por intervención, la enmienda más alejada primero), dos mociones en plazo y una
  tardía (con su aviso; admitirla pide el motivo y nombra el plazo), una no admitida, la asistencia con quórum, la
  lista de oradores con una cuestión de orden que se adelanta y la lista cerrada, tres enmiendas (dos que chocan en
  el mismo párrafo), las votaciones en su orden, la moción adoptada como resolución con su texto final, el acta
  aprobada e impresa, el sitio y sus datos abiertos (OParl), la base sana y la sala congelada.
- En la ventana, solo con el teclado, la parte en vivo: el proyector (Ctrl+Mayús+P) con quien habla y su cuenta
  regresiva con el reloj de verdad, la enmienda que se vota con lo quitado tachado y lo agregado subrayado, y el
  resultado; capturado a 1920×1080 y a 1024×768 (tests/artefactos/cumbre/).
"""

import importlib.util
import json
import os
import re
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from ayudas import sin_traza

ASAMBLEA = "Asamblea General de Socios"
ARTICULO = "Reglamento de la Asamblea, art. 14"
PUNTO = "Declaración de la Cumbre"
TITULO_1 = "Declaración de Montevideo sobre ciudades y clima"
PARRAFOS = ["Las ciudades de la red declaran su compromiso con la acción climática local.",
            "Cada ciudad adoptará un plan de adaptación antes de 2028.",
            "La Secretaría Ejecutiva acompañará a cada ciudad con asistencia técnica.",
            "La red informará los avances en cada Cumbre."]
# Las tres enmiendas a la moción 1: la 1 cambia una cifra del párrafo 2, la 2 lo suprime (las dos chocan), la 3
# agrega un párrafo después del 3.
ENMIENDA_1 = "Cada ciudad adoptará un plan de adaptación antes de 2027."
ENMIENDA_3 = "Se crea un fondo común."
CAPTURAS = Path(os.environ.get("ESCRITORIO_ARTEFACTOS", "").strip()
                or Path(__file__).resolve().parents[1] / "artefactos") / "cumbre"


def ok(resultado) -> str:
    assert resultado.returncode == 0, (resultado.args, resultado.stderr)
    sin_traza(resultado)
    return resultado.stdout


def como_json(resultado):
    return json.loads(ok(resultado))


def rechazo(resultado, codigo: int = 1) -> str:
    """Lo que ve el usuario cuando la orden no se hace: el código de salida, nada en la salida normal, el motivo en
    castellano y ninguna traza."""
    assert resultado.returncode == codigo, (resultado.args, resultado.returncode, resultado.stdout, resultado.stderr)
    assert resultado.stdout == ""
    sin_traza(resultado)
    return " ".join(resultado.stderr.split())


def pdf_a_texto(ruta: Path) -> str:
    """El texto del PDF como lo lee pdftotext (otro programa que el que lo escribió), en una sola línea."""
    salida = subprocess.run(["pdftotext", "-layout", str(ruta), "-"], capture_output=True, text=True, check=True,
                            timeout=60).stdout
    return " ".join(salida.split())


def validadores_oparl():
    """Los esquemas oficiales de OParl 1.1 con que los valida tests/oparl/test_oparl.py (los mismos objetos)."""
    ruta = Path(__file__).resolve().parents[1] / "oparl" / "test_oparl.py"
    especificacion = importlib.util.spec_from_file_location("oparl_de_las_pruebas", ruta)
    modulo = importlib.util.module_from_spec(especificacion)
    especificacion.loader.exec_module(modulo)
    return modulo


@pytest.mark.proceso
def test_un_punto_de_la_cumbre_por_la_linea_de_ordenes(cli_proceso, demo_como, tmp_path):
    base = demo_como("cumbre.db")

    def orden(*argumentos):
        return cli_proceso(*[str(a) for a in argumentos], db=base)

    miembros = {m["nombre"]: m["id"] for m in como_json(orden("miembros", "listar", "--json"))}
    montevideo, rosario, cordoba, mendoza = (miembros[n] for n in ("Montevideo", "Rosario", "Córdoba", "Mendoza"))
    parana, la_plata, buenos_aires = (miembros[n] for n in ("Paraná", "La Plata", "Buenos Aires"))

    # Las reglas de la sala de la Asamblea: el plazo de las mociones, el tiempo de cada intervención y el orden de
    # las enmiendas, con el artículo del reglamento que las fija.
    reglas = como_json(orden("sala", "reglas", "--organo", ASAMBLEA, "--plazo-mociones", 10, "--segundos-palabra",
                             240, "--segundos-cuestion-orden", 60, "--orden-enmiendas", "mas_lejana", "--articulo",
                             ARTICULO, "--json"))
    assert (reglas["plazo_mociones_dias"], reglas["segundos_palabra"], reglas["orden_enmiendas"],
            reglas["articulo"]) == (10, 240, "mas_lejana", ARTICULO)
    # Ya citan un artículo: no cambian desde la configuración.
    assert "cambia con una reforma de ese artículo" in rechazo(orden("sala", "reglas", "--organo", ASAMBLEA,
                                                                     "--plazo-mociones", 3))

    # La sesión nueva, hoy, convocada hace 40 días; su punto.
    hoy = date.today()
    sesion = como_json(orden("sesiones", "convocar", ASAMBLEA, "--fecha", hoy.isoformat(), "--hora", "10:00",
                             "--lugar", "Intendencia de Montevideo", "--convocada-el",
                             (hoy - timedelta(days=40)).isoformat(), "--json"))
    s = sesion["id"]
    assert sesion["estado"] == "convocada"
    punto = como_json(orden("sesiones", "punto", s, "--titulo", PUNTO, "--tipo", "votacion", "--json"))
    p = punto["referencia"]
    assert p == f"{s}:1"

    # Las mociones: dos en plazo (el plazo vence 10 días antes), una tardía, una que no se admite.
    plazo = hoy - timedelta(days=10)
    declaracion = tmp_path / "declaracion.txt"
    declaracion.write_text("\n\n".join(PARRAFOS) + "\n", encoding="utf-8")
    uno = como_json(orden("mociones", "presentar", "--punto", p, "--titulo", TITULO_1, "--texto-archivo",
                          declaracion, "--fundamento", "La red tiene que actuar antes de la COP.",
                          "--autor", montevideo, "--autor", rosario, "--apoyo", cordoba,
                          "--recibida", (plazo - timedelta(days=8)).isoformat(), "--json"))
    dos = como_json(orden("mociones", "presentar", "--punto", p, "--titulo", "Observatorio urbano del clima",
                          "--texto", "La red crea un observatorio urbano del clima con sede rotativa.",
                          "--autor", buenos_aires, "--recibida", plazo.isoformat(), "--json"))
    assert (uno["numero"], dos["numero"], uno["aviso_de_plazo"], dos["aviso_de_plazo"]) == (1, 2, None, None)
    tarde = orden("mociones", "presentar", "--punto", p, "--titulo", "Red de huertas urbanas", "--texto",
                  "Cada ciudad destinará un predio a una huerta comunitaria.", "--autor", mendoza,
                  "--recibida", (hoy - timedelta(days=3)).isoformat(), "--json")
    aviso = " ".join(tarde.stderr.split())
    assert tarde.returncode == 0 and aviso.startswith("AVISO: Moción 3:")
    assert f"venció el {plazo.strftime('%d/%m/%Y')}" in aviso and ARTICULO in aviso
    tres = json.loads(tarde.stdout)
    cuatro = como_json(orden("mociones", "presentar", "--punto", p, "--titulo", "Saludo a la presidencia",
                             "--texto", "La Asamblea saluda a la presidencia saliente.", "--autor", la_plata,
                             "--recibida", plazo.isoformat(), "--json"))
    # Admitir la tardía sin motivo: no, y el mensaje dice el último día y el artículo; con el motivo, sí.
    sin_motivo = rechazo(orden("mociones", "admitir", 3, "--sesion", s))
    assert plazo.strftime("%d/%m/%Y") in sin_motivo and ARTICULO in sin_motivo and "--motivo" in sin_motivo
    ok(orden("mociones", "admitir", 3, "--sesion", s, "--motivo", "Llegó por valija diplomática, despachada en plazo"))
    ok(orden("mociones", "admitir", 1, "--sesion", s))
    ok(orden("mociones", "admitir", 2, "--sesion", s))
    ok(orden("mociones", "no-admitir", 4, "--sesion", s, "--motivo", "No es una propuesta sobre el punto"))
    ok(orden("mociones", "aplazar", 2, "--sesion", s, "--motivo", "Falta el informe de la UT Ambiente"))
    mociones = {m["numero"]: m for m in como_json(orden("mociones", "listar", "--sesion", s, "--json"))}
    assert {n: m["estado"] for n, m in mociones.items()} == {1: "admitida", 2: "aplazada", 3: "admitida",
                                                            4: "no_admitida"}
    assert [m["numero"] for m in mociones.values() if m["fuera_de_plazo"]] == [3]
    assert mociones[3]["admitida_fuera_de_plazo"] is True
    assert mociones[1]["parrafos"] == PARRAFOS

    # La asistencia: la mitad más uno de los miembros con voto, presentes.
    habilitados = como_json(orden("sesiones", "asistencia", s, "--json"))["miembros"]
    con_voto = [m["miembro_id"] for m in habilitados if m["con_voto"]]
    requerido = len(con_voto) // 2 + 1
    presentes = sorted(set(con_voto[:requerido + 9]) | {montevideo, rosario, cordoba, mendoza, buenos_aires,
                                                        la_plata, parana})
    asistencia = como_json(orden("sesiones", "asistencia", s, "--presentes", ",".join(map(str, presentes)),
                                 "--json"))
    quorum = asistencia["quorum"]
    assert quorum["hay"] is True and quorum["presentes"] == len(presentes)
    assert quorum["texto"].startswith(f"Con la presencia de {len(presentes)} de {len(con_voto)} miembros")

    # La lista de oradores del punto: tres piden la palabra; mientras habla el primero, una cuestión de orden de
    # Paraná se adelanta a los que esperan.
    for miembro in (montevideo, cordoba, rosario):
        ok(orden("oradores", "pedir", "--punto", p, "--miembro", miembro))
    assert ok(orden("oradores", "siguiente", "--punto", p)).startswith("Tiene la palabra Montevideo: 4:00.")
    assert "(cuestión de orden)" in ok(orden("oradores", "pedir", "--punto", p, "--miembro", parana, "--tipo",
                                             "cuestion_de_orden"))
    lista = como_json(orden("oradores", "listar", "--punto", p, "--json"))
    assert lista["hablando"]["nombre"] == "Montevideo" and lista["segundos_palabra"] == 240
    assert [(o["nombre"], o["tipo"]) for o in lista["cola"]] == [
        ("Paraná", "cuestion_de_orden"), ("Córdoba", "intervencion"), ("Rosario", "intervencion")]
    assert lista["cola"][0]["segundos_permitidos"] == 60
    # La palabra a la cuestión de orden (Montevideo termina), después a Córdoba; termina Córdoba.
    assert ok(orden("oradores", "siguiente", "--punto", p)).startswith("Tiene la palabra Paraná (cuestión de orden): 1:00.")
    ok(orden("oradores", "siguiente", "--punto", p))
    ok(orden("oradores", "terminar", "--punto", p))
    # Se cierra la lista: Rosario, que ya esperaba, hablará; nadie más se anota (salvo una cuestión de orden).
    ok(orden("oradores", "cerrar", "--punto", p))
    cerrada = rechazo(orden("oradores", "pedir", "--punto", p, "--miembro", la_plata))
    assert "cerrada" in cerrada
    lista = como_json(orden("oradores", "listar", "--punto", p, "--json"))
    assert lista["cerrada"] is True and [o["nombre"] for o in lista["cola"]] == ["Rosario"]
    assert [(o["nombre"], o["tipo"]) for o in lista["hablaron"]] == [
        ("Montevideo", "intervencion"), ("Paraná", "cuestion_de_orden"), ("Córdoba", "intervencion")]
    for hablo in lista["hablaron"]:   # cuándo empezó, cuándo terminó y cuánto duró, en el registro
        assert hablo["empezo_en"] and hablo["termino_en"] and hablo["segundos"] is not None
        assert 0 <= hablo["segundos"] <= 60
    # Dar la palabra fue un acto de la sesión: ya está celebrada.
    [guardada] = [x for x in como_json(orden("sesiones", "listar", "--json")) if x["id"] == s]
    assert guardada["estado"] == "celebrada"

    # Tres enmiendas a la moción 1: la 1 y la 2 cambian el mismo párrafo.
    m1 = uno["id"]
    e1 = como_json(orden("enmiendas", "presentar", "--mocion", m1, "--reemplazar", 2, "--texto", ENMIENDA_1,
                         "--autor", la_plata, "--json"))
    e2 = como_json(orden("enmiendas", "presentar", "--mocion", m1, "--suprimir", 2, "--autor",
                         f"{buenos_aires},{mendoza}", "--fundamento", "Cada ciudad decide su plazo.", "--json"))
    e3 = como_json(orden("enmiendas", "presentar", "--mocion", m1, "--insertar-despues", 3, "--texto", ENMIENDA_3,
                         "--autor", parana, "--json"))
    assert [e["numero"] for e in (e1, e2, e3)] == [1, 2, 3]
    for e in (e1, e2, e3):
        ok(orden("enmiendas", "admitir", e["id"]))
    listado = como_json(orden("enmiendas", "listar", "--mocion", m1, "--json"))
    # La más alejada del texto primero: suprimir el párrafo, agregar uno, cambiar una cifra.
    assert listado["criterio"] == "mas_lejana"
    assert [e["numero"] for e in listado["enmiendas"]] == [2, 3, 1]
    por_numero = {e["numero"]: e for e in listado["enmiendas"]}
    assert por_numero[2]["conflictos"] == [1] and por_numero[2]["afectada_por"] == [1]
    assert por_numero[1]["conflictos"] == [2] and por_numero[3]["conflictos"] == []
    assert [a["nombre"] for a in por_numero[2]["autores"]] == ["Buenos Aires", "Mendoza"]
    texto = ok(orden("enmiendas", "listar", "--mocion", m1))
    assert f"Orden de votación: la más alejada del texto primero ({ARTICULO})." in texto
    assert "Afectada por la enmienda 1." in texto and "[−2028.−] [+2027.+]" in texto

    # Las votaciones, en su orden: la 1 no va antes que la 2; la moción, no antes que sus enmiendas.
    fuera_de_orden = rechazo(orden("votos", "enmienda", e1["id"], "--a-favor", 30))
    assert "Antes se vota la enmienda 2" in fuera_de_orden
    assert "Falta votar la enmienda 2" in rechazo(orden("votos", "mocion", m1, "--a-favor", 30))
    voto_2 = como_json(orden("votos", "enmienda", e2["id"], "--a-favor", 90, "--en-contra", 40, "--abstenciones",
                             5, "--json"))
    assert voto_2["aprobada"] is True and voto_2["decaidas"] == [1]
    assert voto_2["texto_resultado"].startswith("Aprobada: 90 a favor, 40 en contra, 5 abstenciones")
    assert "está decaída" in rechazo(orden("votos", "enmienda", e1["id"], "--a-favor", 30))
    voto_3 = como_json(orden("votos", "enmienda", e3["id"], "--a-favor", 100, "--en-contra", 20, "--json"))
    assert voto_3["aprobada"] is True
    voto_m1 = como_json(orden("votos", "mocion", m1, "--a-favor", 120, "--en-contra", 10, "--abstenciones", 3,
                              "--json"))
    assert voto_m1["aprobada"] is True
    # La tardía, admitida con su motivo, se vota y se rechaza: queda en el registro, no se adopta.
    voto_m3 = como_json(orden("votos", "mocion", tres["id"], "--a-favor", 20, "--en-contra", 100, "--json"))
    assert voto_m3["aprobada"] is False
    assert "fue rechazada" in rechazo(orden("votos", "adoptar", tres["id"]))
    estados = {e["numero"]: (e["estado"], e["motivo"]) for e in
               como_json(orden("enmiendas", "listar", "--mocion", m1, "--json"))["enmiendas"]}
    assert estados == {2: ("aprobada", None), 3: ("aprobada", None),
                       1: ("decaida", "La enmienda 2, aprobada antes, cambió el mismo párrafo.")}

    # El texto final (las aprobadas aplicadas) y la moción adoptada como resolución con ese texto.
    final = como_json(orden("enmiendas", "texto-final", "--mocion", m1, "--json"))
    esperado = [PARRAFOS[0], PARRAFOS[2], ENMIENDA_3, PARRAFOS[3]]
    assert final["parrafos"] == esperado and final["enmiendas_aprobadas"] == [2, 3]
    adoptada = como_json(orden("votos", "adoptar", m1, "--tipo", "resolucion", "--json"))
    assert adoptada["firmantes"] == 3   # Montevideo y Rosario la presentaron, Córdoba la apoyó
    [resolucion] = [r for r in como_json(orden("resoluciones", "listar", "--json")) if r["id"] == adoptada["id"]]
    assert resolucion["texto"] == "\n\n".join(final["parrafos"])
    assert resolucion["titulo"] == TITULO_1 and resolucion["tipo"] == "resolucion"
    vista = como_json(orden("resoluciones", "ver", adoptada["id"], "--json"))
    assert [(f["nombre"], f["tipo"]) for f in vista["firmantes"]] == [
        ("Córdoba", "miembro"), ("Montevideo", "miembro"), ("Rosario", "miembro")]
    assert "Firman: Córdoba; Montevideo; Rosario." in ok(orden("resoluciones", "ver", adoptada["id"]))

    # La sesión se cierra; el acta se completa y la aprueba su propia resolución (issue 42), en la misma sesión.
    ok(orden("sesiones", "celebrada", s, "--hora-cierre", "13:00"))
    ok(orden("sesiones", "borrador", s, "--apertura", "En Montevideo, a las 10:00, se abre la sesión.", "--cierre",
             "Sin más asuntos, se levanta la sesión.", "--preside", "Carolina Cosse", "--secretaria", "Luis Díaz"))
    aprobacion = como_json(orden("sesiones", "punto-aprobacion-acta", s, "--json"))
    ok(orden("sesiones", "votar", aprobacion["id"], "--a-favor", len(presentes)))
    aprueba = como_json(orden("sesiones", "resolucion", aprobacion["id"], "--titulo", "Aprueba el acta", "--json"))
    aprobada = como_json(orden("sesiones", "aprobar-acta", s, "--resolucion", aprueba["id"], "--fecha",
                               hoy.isoformat(), "--json"))
    assert aprobada["estado"] == "aprobada"

    # El acta impresa, leída por pdftotext.
    ok(orden("sesiones", "acta", s, tmp_path / "acta.pdf"))
    acta = pdf_a_texto(tmp_path / "acta.pdf")
    assert "BORRADOR" not in acta
    # La tardía la rechazó su votación: el motivo con que se la admitió no es el del rechazo.
    tardia = acta[acta.index("Moción 3: Red de huertas urbanas"):acta.index("Moción 4:")]
    assert "Fuera de plazo" in tardia and tardia.rstrip().endswith("Estado final: Rechazada.")
    for esperado_en_el_acta in (
            f"Moción 1: {TITULO_1}", "Montevideo", "Observatorio urbano del clima", "Red de huertas urbanas",
            "Fuera de plazo", "Saludo a la presidencia", "No es una propuesta sobre el punto",
            "Falta el informe de la UT Ambiente",
            "Enmienda 1, de La Plata. Decaída", "Enmienda 2, de Buenos Aires; Mendoza. Aprobada", "[−Cada ciudad adoptará un plan de adaptación antes de 2028.−]",
            f"[+{ENMIENDA_3}+]", "[−2028.−] [+2027.+]", "Enmienda 3, de Paraná. Aprobada",
            "Presentada por Montevideo; Rosario. Con el apoyo de Córdoba.",
            "Texto final, con las enmiendas aprobadas " + " ".join(final["parrafos"]),
            "Aprobada: 90 a favor, 40 en contra, 5 abstenciones", "Aprobada: 100 a favor, 20 en contra",
            "Aprobada: 120 a favor, 10 en contra, 3 abstenciones", "Rechazada: 20 a favor, 100 en contra",
            f"Estado final: Aprobada; adoptada como {adoptada['numeracion']}", "Estado final: Rechazada.",
            "Cuestión de orden"):
        assert esperado_en_el_acta in acta, esperado_en_el_acta
    # Las votaciones, en el orden en que se hicieron.
    orden_en_el_acta = [acta.index(t) for t in ("Aprobada: 90 a favor", "Aprobada: 100 a favor",
                                                "Aprobada: 120 a favor", "Rechazada: 20 a favor")]
    assert orden_en_el_acta == sorted(orden_en_el_acta)
    # Los oradores, en el orden en que hablaron; Rosario, que no llegó a hablar, no figura entre ellos.
    oradores = acta[acta.index("Lista de oradores"):]
    assert oradores.index("Montevideo") < oradores.index("Paraná") < oradores.index("Córdoba")

    # El sitio, con la dirección pública que llevan los datos abiertos.
    validar = validadores_oparl()
    ok(orden("asociacion", "editar", "--direccion-publica", validar.BASE))
    ok(orden("publicar", tmp_path / "sitio"))
    sitio = tmp_path / "sitio"
    pagina = (sitio / "sesiones" / f"{s}.html").read_text(encoding="utf-8")
    assert TITULO_1 in pagina and "Observatorio urbano del clima" in pagina
    assert "antes de <del>2028.</del> <ins>2027.</ins>" in pagina                      # la enmienda 1
    assert "<del>Cada ciudad adoptará un plan de adaptación antes de 2028.</del>" in pagina   # la 2
    assert f"<ins>{ENMIENDA_3}</ins>" in pagina                                         # la 3
    assert f"Estado final:</strong> Aprobada; adoptada como {adoptada['numeracion']} de la {ASAMBLEA}." in pagina
    # El enlace a la resolución lleva a su ancla, en la página de resoluciones del sitio.
    destino = re.search(r'href="([^"]+#resolucion-(\d+))">Ver la resolución', pagina)
    assert int(destino[2]) == adoptada["id"]
    archivo, ancla = destino[1].split("#")
    assert f'id="{ancla}"' in (sitio / "sesiones" / archivo).resolve().read_text(encoding="utf-8")
    # OParl: la moción es un Paper con su Consultation de esta sesión; cada enmienda, un Paper que depende de ella.
    papel = json.loads((sitio / "oparl" / "paper" / f"mocion-{m1}.json").read_text(encoding="utf-8"))
    assert (papel["name"], papel["reference"], papel["paperType"]) == (TITULO_1, "Moción 1", "Moción")
    [consulta] = papel["consultation"]
    assert consulta["meeting"] == f"{validar.BASE}/oparl/meeting/{s}.json" and consulta["authoritative"] is True
    assert len(papel["subordinatedPaper"]) == 3
    for archivo in (sitio / "oparl").rglob("*.json"):
        for objeto in validar._objetos(json.loads(archivo.read_text(encoding="utf-8"))):
            tipo = objeto["type"].rsplit("/", 1)[-1]
            errores = [e.message for e in validar.VALIDADORES[tipo].iter_errors(objeto)]
            assert not errores, (archivo.name, tipo, errores[:3])

    # La base, sana; y la sala de la sesión, congelada con su acta.
    assert "La base de datos está sana." in ok(orden("verificar"))
    congelada = rechazo(orden("mociones", "presentar", "--punto", p, "--titulo", "Otra", "--texto", "Z",
                              "--autor", rosario, "--recibida", plazo.isoformat()))
    assert "acta de esta sesión ya está aprobada" in congelada


# --- La parte en vivo, en la ventana y solo con el teclado ---

def _foco():
    from PySide6.QtWidgets import QApplication

    return QApplication.focusWidget()


def _tecla(qtbot, cual, modificadores=None) -> None:
    """Una tecla al widget que tiene el foco, como la recibe el programa."""
    from PySide6.QtCore import Qt

    qtbot.keyClick(_foco(), cual, modificadores or Qt.KeyboardModifier.NoModifier)


def _ir_a_la_pestana(qtbot, editor, pestana) -> None:
    """Ctrl+Tab hasta la pestaña, como quien la busca con el teclado (antes, Tab hasta entrar en las pestañas)."""
    from PySide6.QtCore import Qt

    for _ in range(40):
        if _foco() is editor.pestanas or editor.pestanas.isAncestorOf(_foco()):
            break
        _tecla(qtbot, Qt.Key.Key_Tab)
    for _ in range(editor.pestanas.count()):
        if editor.pestanas.currentWidget() is pestana:
            break
        _tecla(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert editor.pestanas.currentWidget() is pestana
    qtbot.waitUntil(pestana.isVisible)


def _tab_hasta(qtbot, widget) -> None:
    """Tab hasta que el foco llegue a `widget`."""
    from PySide6.QtCore import Qt

    for _ in range(25):
        if _foco() is widget:
            return
        _tecla(qtbot, Qt.Key.Key_Tab)
    assert _foco() is widget, f"Tab no llegó a {type(widget).__name__}; el foco está en {type(_foco()).__name__}"


def _aceptar_con_el_teclado_cuando_pregunte(qtbot, boton: str) -> list[str]:
    """Cuando se abra la pregunta («¿Cerrar la votación?», Cancelar por omisión), Tab hasta `boton` y Espacio: la
    respuesta con el teclado. Devuelve (y llena) la lista de las preguntas que vio."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    vistas: list[str] = []

    def responder():
        caja = QApplication.activeModalWidget()
        if not isinstance(caja, QMessageBox):
            QTimer.singleShot(20, responder)
            return
        vistas.append(caja.text())
        caja.activateWindow()
        for _ in range(6):   # el foco, dentro de la pregunta (la ventana offscreen no siempre la activa)
            if getattr(caja.focusWidget(), "text", lambda: "")() == boton:
                break
            qtbot.keyClick(caja.focusWidget() or caja, Qt.Key.Key_Tab)
        if getattr(caja.focusWidget(), "text", lambda: "")() != boton:
            vistas.append(f"no se llegó a «{boton}» con Tab")
            caja.reject()   # que la prueba falle sin quedar colgada
            return
        qtbot.keyClick(caja.focusWidget(), Qt.Key.Key_Space)

    QTimer.singleShot(0, responder)
    return vistas


def _votar_con_el_teclado(qtbot, pestana, a_favor: str, en_contra: str, abstenciones: str,
                          mientras=lambda: None) -> list[str]:
    """Alt+V, las cifras con Tab entre ellas, Enter en «Cerrar votación» y la pregunta respondida con el teclado.
    `mientras()` mira lo que se ve con los votos contados, antes de cerrar."""
    from PySide6.QtCore import Qt

    qtbot.keyClick(pestana, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    for campo, cifra in ((pestana.a_favor, a_favor), (pestana.en_contra, en_contra),
                         (pestana.abstenciones, abstenciones)):
        assert campo.hasFocus()
        _tecla(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)   # lo que había, elegido: se reemplaza
        qtbot.keyClicks(campo, cifra)
        _tecla(qtbot, Qt.Key.Key_Tab)
    assert pestana.boton_cerrar.hasFocus() and pestana.boton_cerrar.isEnabled()
    mientras()
    preguntas = _aceptar_con_el_teclado_cuando_pregunte(qtbot, "Cerrar votación")
    _tecla(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(preguntas))
    assert not any(p.startswith("no se llegó") for p in preguntas), preguntas
    # Cerrada la pregunta, la ventana de la secretaría vuelve a ser la activa (offscreen no lo hace solo).
    pestana.window().activateWindow()
    qtbot.waitUntil(pestana.window().isActiveWindow)
    return preguntas


def _textos_del_proyector(proyector) -> str:
    """Todo lo que la pantalla muestra: cada rótulo visible y el texto de la moción o la enmienda."""
    from PySide6.QtWidgets import QLabel

    rotulos = [r.text() for r in proyector.findChildren(QLabel) if r.isVisible()]
    return "\n".join(rotulos + [proyector.texto.texto()])


def _marcados(documento) -> dict[str, list[str]]:
    """Los tramos del documento tachados y los subrayados (lo que ve quien no distingue colores)."""
    marcados = {"tachado": [], "subrayado": []}
    bloque = documento.begin()
    while bloque.isValid():
        iterador = bloque.begin()
        while not iterador.atEnd():
            fragmento = iterador.fragment()
            if fragmento.charFormat().fontStrikeOut():
                marcados["tachado"].append(fragmento.text().strip())
            if fragmento.charFormat().fontUnderline():
                marcados["subrayado"].append(fragmento.text().strip())
            iterador += 1
        bloque = bloque.next()
    return marcados


@pytest.fixture
def cumbre_preparada(cli, demo_como, tmp_path):
    """Lo que la secretaría deja listo antes de la sesión, por la línea de órdenes: las reglas de la sala, la sesión
    de hoy con su punto, la moción 1 admitida con sus tres enmiendas admitidas (dos que chocan) y la asistencia con
    quórum. Devuelve (base, sesión, moción, ids de las enmiendas por número)."""
    base = demo_como("vivo.db")

    def orden(*argumentos):
        return cli(*[str(a) for a in argumentos], db=base)

    miembros = {m["nombre"]: m["id"] for m in como_json(orden("miembros", "listar", "--json"))}
    ok(orden("sala", "reglas", "--organo", ASAMBLEA, "--plazo-mociones", 10, "--segundos-palabra", 240,
             "--articulo", ARTICULO))
    hoy = date.today()
    s = como_json(orden("sesiones", "convocar", ASAMBLEA, "--fecha", hoy.isoformat(), "--hora", "00:00", "--lugar",
                        "Intendencia de Montevideo", "--convocada-el", (hoy - timedelta(days=40)).isoformat(),
                        "--json"))["id"]
    ok(orden("sesiones", "punto", s, "--titulo", PUNTO, "--tipo", "votacion"))
    texto = tmp_path / "declaracion.txt"
    texto.write_text("\n\n".join(PARRAFOS), encoding="utf-8")
    mocion = como_json(orden("mociones", "presentar", "--punto", f"{s}:1", "--titulo", TITULO_1, "--texto-archivo",
                             texto, "--autor", miembros["Montevideo"], "--autor", miembros["Rosario"], "--apoyo",
                             miembros["Córdoba"], "--recibida", (hoy - timedelta(days=20)).isoformat(),
                             "--json"))["id"]
    ok(orden("mociones", "admitir", 1, "--sesion", s))
    enmiendas = {}
    for cambio, autor in ((["--reemplazar", 2, "--texto", ENMIENDA_1], "La Plata"),
                          (["--suprimir", 2], "Buenos Aires"),
                          (["--insertar-despues", 3, "--texto", ENMIENDA_3], "Paraná")):
        e = como_json(orden("enmiendas", "presentar", "--mocion", mocion, *cambio, "--autor", miembros[autor],
                            "--json"))
        ok(orden("enmiendas", "admitir", e["id"]))
        enmiendas[e["numero"]] = e["id"]
    habilitados = como_json(orden("sesiones", "asistencia", s, "--json"))["miembros"]
    con_voto = [m["miembro_id"] for m in habilitados if m["con_voto"]]
    presentes = set(con_voto[:len(con_voto) // 2 + 10]) | {miembros[n] for n in (
        "Montevideo", "Rosario", "Córdoba", "Mendoza", "Paraná", "La Plata", "Buenos Aires")}
    ok(orden("sesiones", "asistencia", s, "--presentes", ",".join(map(str, sorted(presentes)))))
    return base, s, mocion, enmiendas, len(presentes), len(con_voto)


@pytest.mark.proceso   # la demo de la corrida (un proceso «escritorio demo»)
def test_la_parte_en_vivo_con_el_teclado_y_el_proyector(qtbot, tmp_path, cumbre_preparada, monkeypatch):
    from PySide6.QtCore import QSettings, Qt

    from ayudas import leer
    from escritorio.interfaz import proyector as modulo_proyector
    from escritorio.interfaz.proyector import PantallaDelProyector
    from escritorio.interfaz.ventana_principal import VentanaPrincipal
    from escritorio.servicios import enmiendas as servicio_enmiendas
    from escritorio.servicios import oradores as servicio_oradores
    from escritorio.servicios.base import abrir_base
    from escritorio.servicios.contexto import Contexto
    from escritorio.servicios.votaciones import listar_resoluciones

    base, sesion, mocion, enmiendas, presentes, con_voto = cumbre_preparada
    monkeypatch.setattr(modulo_proyector, "RELEER_MS", 300)   # el mismo reloj, más seguido
    db = abrir_base(base)
    ventana = VentanaPrincipal(db, QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(ventana)
    ventana.resize(1024, 600)
    with qtbot.waitActive(ventana):
        ventana.show()
    # En la navegación, con las flechas, Sesiones; Tab a la lista de sesiones, la de hoy (la primera) y Enter: el
    # editor.
    ventana.navegacion.setFocus()
    _tecla(qtbot, Qt.Key.Key_Home)
    while ventana.navegacion.currentItem().text() != "Sesiones":
        _tecla(qtbot, Qt.Key.Key_Down)
    vista = ventana.sesiones
    qtbot.waitUntil(vista.isVisible)
    for _ in range(10):
        if _foco() is vista.tabla:
            break
        _tecla(qtbot, Qt.Key.Key_Tab)
    assert _foco() is vista.tabla
    _tecla(qtbot, Qt.Key.Key_Home)
    assert vista.sesion_elegida()["id"] == sesion
    _tecla(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: vista.editor.isVisible())
    editor = vista.editor

    # Ctrl+Mayús+P: la pantalla del proyector, sin quitarle el teclado a la secretaría.
    _tecla(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    proyector = ventana.findChild(PantallaDelProyector)
    assert proyector is not None, "Ctrl+Mayús+P no abrió la pantalla para el proyector"
    qtbot.waitUntil(proyector.isVisible)

    # Oradores: tres piden la palabra (Ins, parte del nombre, Enter), F9 da la palabra, y mientras habla
    # Montevideo, Paraná pide una cuestión de orden (Ctrl+Mayús+O), que se adelanta.
    oradores = editor.tab_oradores
    _ir_a_la_pestana(qtbot, editor, oradores)
    _tab_hasta(qtbot, oradores.cola)
    for nombre in ("Montevid", "Mendoza", "Rosario"):
        _tecla(qtbot, Qt.Key.Key_Insert)
        qtbot.keyClicks(_foco(), nombre)
        _tecla(qtbot, Qt.Key.Key_Return)
    assert [oradores.cola.item(i).text() for i in range(oradores.cola.count())] == [
        "1. Montevideo", "2. Mendoza", "3. Rosario"]
    _tecla(qtbot, Qt.Key.Key_F9)   # desde el buscador, donde quedó el foco
    assert oradores.quien.text() == "Montevideo"
    _tecla(qtbot, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(_foco(), "Paran")
    _tecla(qtbot, Qt.Key.Key_Return)
    assert oradores.cola.item(0).text() == "1. Paraná — Cuestión de orden"

    # El proyector: el punto, quien habla y su cuenta regresiva, que baja con el reloj de verdad; los próximos
    # (la cuestión de orden primero) y el quórum.
    qtbot.waitUntil(lambda: proyector.orador.text() == "Montevideo" and proyector.siguientes.text().startswith(
        "1. Paraná"), timeout=5000)
    assert proyector.punto.text() == f"1. {PUNTO}"
    # Se trata el punto (su lista de oradores): ni la moción ni una enmienda, aunque las pestañas Mociones y
    # Enmiendas, escondidas, se releyeron al darse la palabra (un acto de la sesión).
    assert proyector.pantalla.texto is None and not proyector.texto.isVisible()
    assert proyector.siguientes.text() == "1. Paraná\n2. Mendoza\n3. Rosario"
    antes = proyector.reloj.text()
    assert antes in ("4:00", "3:59", "3:58")
    qtbot.waitUntil(lambda: proyector.reloj.text() not in (antes, ""), timeout=3000)
    assert proyector.reloj.text() < antes and not proyector.excedido.isVisible()
    assert proyector.quorum.text() == (f"Quórum: Con la presencia de {presentes} de {con_voto} miembros con derecho "
                                       "a voto se verifica el quórum (Estatuto, art. 19).")
    CAPTURAS.mkdir(parents=True, exist_ok=True)
    capturas, pantallas = {}, {}

    def capturar(nombre: str) -> None:
        for ancho, alto in ((1920, 1080), (1024, 768)):
            proyector.resize(ancho, alto)
            qtbot.waitUntil(lambda: (proyector.width(), proyector.height()) == (ancho, alto))
            qtbot.wait(50)
            assert proyector.reloj.fontMetrics().height() >= alto / 9 or not proyector.reloj.isVisible()
            assert proyector.texto.documento.size().height() <= proyector.texto.height() or not \
                proyector.texto.isVisible()
            ruta = CAPTURAS / f"{nombre}-{ancho}x{alto}.png"
            assert proyector.grab().save(str(ruta))
            capturas.setdefault(nombre, []).append(_textos_del_proyector(proyector))
            pantallas[nombre] = proyector.pantalla

    capturar("orador")

    # F9 otra vez: la cuestión de orden de Paraná, con su minuto.
    _tecla(qtbot, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: proyector.orador.text() == "Paraná", timeout=5000)
    assert proyector.tipo_orador.text() == "Cuestión de orden" and proyector.reloj.text() in ("1:00", "0:59")
    _tecla(qtbot, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: not proyector.orador.isVisible(), timeout=5000)

    # Enmiendas: la primera del orden (la 2, que suprime el párrafo 2) está elegida; el proyector la muestra con
    # lo que quita tachado.
    pestana = editor.tab_enmiendas
    _ir_a_la_pestana(qtbot, editor, pestana)
    assert pestana.se_vota.text() == "Se vota: enmienda 2 (lugar 1 del orden de votación)"
    qtbot.waitUntil(lambda: "Enmienda 2 a la moción 1" in proyector.texto.texto(), timeout=5000)
    assert _marcados(proyector.texto.documento)["tachado"] == [PARRAFOS[1]]
    # Con las flechas, la que choca con ella (la 1, tercera en el orden): lo quitado tachado, lo agregado
    # subrayado.
    _tab_hasta(qtbot, pestana.lista)
    _tecla(qtbot, Qt.Key.Key_Down)
    _tecla(qtbot, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: "Enmienda 1 a la moción 1" in proyector.texto.texto(), timeout=5000)
    assert _marcados(proyector.texto.documento) == {"tachado": ["2028."], "subrayado": ["2027."]}
    assert "Reemplaza el párrafo 2" in proyector.texto.texto()
    capturar("enmienda")
    _tecla(qtbot, Qt.Key.Key_Up)
    _tecla(qtbot, Qt.Key.Key_Up)

    # Se vota en orden: la 2 (aprobada: la 1 decae), la 3, y la moción. Cada resultado, en el proyector.
    preguntas = _votar_con_el_teclado(qtbot, pestana, "90", "40", "5")
    assert preguntas == ["¿Cerrar la votación? Se vota: enmienda 2 (lugar 1 del orden de votación)."]
    qtbot.waitUntil(lambda: proyector.resultado.isVisible() and "enmienda 2" in proyector.resultado.text(),
                    timeout=5000)
    assert proyector.resultado.text().startswith("✓ Votación de la enmienda 2\nAprobada: 90 a favor, 40 en contra")
    estados = {pestana.lista.item(f, 1).text(): pestana.lista.item(f, 2).text()
               for f in range(pestana.lista.rowCount())}
    assert estados == {"Enmienda 2": "aprobada", "Enmienda 3": "admitida", "Enmienda 1": "decaída"}
    assert pestana.se_vota.text() == "Se vota: enmienda 3 (lugar 2 del orden de votación)"
    # El resultado de la 2 queda a la vista hasta que se empiezan a contar los votos de la 3: entonces el proyector
    # muestra la 3, lo que agrega subrayado, y el recuento.

    def se_cuenta_la_3():
        qtbot.waitUntil(lambda: "Enmienda 3 a la moción 1" in proyector.texto.texto() and proyector.votacion
                        .isVisible() and "A favor: 100\nEn contra: 20\nAbstenciones: 0" in proyector.votacion.text(),
                        timeout=5000)
        assert _marcados(proyector.texto.documento) == {"tachado": [], "subrayado": [ENMIENDA_3]}
        assert not proyector.resultado.isVisible()

    _votar_con_el_teclado(qtbot, pestana, "100", "20", "0", mientras=se_cuenta_la_3)
    qtbot.waitUntil(lambda: proyector.resultado.text().startswith("✓ Votación de la enmienda 3\nAprobada: 100"),
                    timeout=5000)
    assert pestana.se_vota.text() == "Se vota: la moción 1"

    def se_cuenta_la_mocion():
        # La moción, con el texto que tendrá: sin el párrafo 2 y con el de la enmienda 3.
        qtbot.waitUntil(lambda: proyector.texto.texto().startswith("Moción 1 · Admitida")
                        and "A favor: 120\nEn contra: 10\nAbstenciones: 3" in proyector.votacion.text(), timeout=5000)
        assert ENMIENDA_3 in proyector.texto.texto() and PARRAFOS[1] not in proyector.texto.texto()

    _votar_con_el_teclado(qtbot, pestana, "120", "10", "3", mientras=se_cuenta_la_mocion)
    assert pestana.se_vota.text() == "La moción 1 ya se votó: aprobada."
    qtbot.waitUntil(lambda: proyector.resultado.text().startswith("✓ Votación de la moción 1"), timeout=5000)
    assert "Aprobada: 120 a favor, 10 en contra, 3 abstenciones" in proyector.resultado.text()
    capturar("resultado")

    # Alt+R: la moción aprobada, adoptada como resolución con su texto final.
    qtbot.keyClick(pestana, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not pestana.boton_resolucion.isEnabled(), timeout=3000)
    ventana.close()
    db.close()

    # Leído de vuelta, con la base abierta de nuevo.
    otra = abrir_base(base)
    try:
        contexto = Contexto(otra, 1)
        final = servicio_enmiendas.texto_final(contexto, mocion)
        [resolucion] = [r for r in listar_resoluciones(contexto) if r["titulo"] == TITULO_1]
        assert resolucion["texto"] == "\n\n".join(final.parrafos) == "\n\n".join(
            [PARRAFOS[0], PARRAFOS[2], ENMIENDA_3, PARRAFOS[3]])
        assert resolucion["firmantes"] == 3
        listado = {e.numero: e.estado for e in servicio_enmiendas.listar(contexto, mocion).enmiendas}
        assert listado == {1: "decaida", 2: "aprobada", 3: "aprobada"}
        punto = leer(base, "SELECT id FROM puntos_orden WHERE sesion_id = ?", [sesion])[0][0]
        lista = servicio_oradores.listar(contexto, punto)
        assert [(o.nombre, o.tipo) for o in lista.hablaron] == [("Montevideo", "intervencion"),
                                                               ("Paraná", "cuestion_de_orden")]
        assert [o.nombre for o in lista.cola] == ["Mendoza", "Rosario"]
    finally:
        otra.close()

    # Lo que mostró el proyector en cada momento, en los dos tamaños (el mismo contenido en los dos).
    for nombre, (grande, chica) in capturas.items():   # salvo la cuenta regresiva, que siguió bajando
        assert re.sub(r"\b\d:\d\d\b", "m:ss", grande) == re.sub(r"\b\d:\d\d\b", "m:ss", chica), nombre
    orador, enmienda, resultado = capturas["orador"][0], capturas["enmienda"][0], capturas["resultado"][0]
    assert f"1. {PUNTO}" in orador and "Montevideo" in orador and re.search(r"\b[34]:[0-5]\d\b", orador)
    assert "Paraná" in orador and "Quórum: Con la presencia de" in orador
    assert "Enmienda 1 a la moción 1" in enmienda and "Cada ciudad adoptará un plan de adaptación antes de" in enmienda
    assert "✓ Votación de la moción 1" in resultado and "se verifica el quórum" in resultado
    # Y lo que la pantalla recibió para mostrarlo (PantallaDeLaSala), en cada momento.
    assert (pantallas["orador"].orador.nombre, pantallas["orador"].orador.segundos) == ("Montevideo", 240)
    assert pantallas["orador"].siguientes == ("Paraná", "Mendoza", "Rosario") and pantallas["orador"].hay_quorum
    assert pantallas["enmienda"].texto.encabezado == "Enmienda 1 a la moción 1 · Admitida"
    assert [(t.tipo, t.texto.strip()) for p in pantallas["enmienda"].texto.parrafos for t in p.tramos
            if t.tipo != "igual"] == [("quitado", "2028."), ("agregado", "2027.")]
    assert pantallas["resultado"].resultado.aprobada and pantallas["resultado"].texto.encabezado == \
        "Moción 1 · Aprobada"
    # Nada personal: ni los correos ni los teléfonos de los contactos de la red de ejemplo.
    personales = [v for fila in leer(base, "SELECT correo, telefono FROM contactos") for v in fila if v]
    assert len(personales) > 100
    for texto in (orador, enmienda, resultado):
        assert "@" not in texto and not [v for v in personales if v in texto]
