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
    ok(orden("mociones", "aplazar", 3, "--sesion", s, "--motivo", "Falta el informe de la UT Ambiente"))
    mociones = {m["numero"]: m for m in como_json(orden("mociones", "listar", "--sesion", s, "--json"))}
    assert {n: m["estado"] for n, m in mociones.items()} == {1: "admitida", 2: "admitida", 3: "aplazada",
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
    voto_m2 = como_json(orden("votos", "mocion", dos["id"], "--a-favor", 20, "--en-contra", 100, "--json"))
    assert voto_m2["aprobada"] is False
    assert "fue rechazada" in rechazo(orden("votos", "adoptar", dos["id"]))
    estados = {e["numero"]: (e["estado"], e["motivo"]) for e in
               como_json(orden("enmiendas", "listar", "--mocion", m1, "--json"))["enmiendas"]}
    assert estados == {2: ("aprobada", None), 3: ("aprobada", None),
                       1: ("decaida", "Decae: la enmienda 2, aprobada, cambió el mismo párrafo.")}

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
