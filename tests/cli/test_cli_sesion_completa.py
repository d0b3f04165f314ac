"""Una Asamblea entera por la línea de órdenes (por la entrada del programa, la fixture `cli`): la secretaría
convoca, arma el orden del día, toma la asistencia con representantes y poderes, vota (a mano alzada y nominal),
adopta las resoluciones, marca la sesión celebrada, escribe el acta, la aprueba y la imprime. Y lo que la CLI
rechaza, con su código de salida.

Red chica: la RML con siete ciudades y una Asamblea que integran todos los miembros activos (Estatuto, art. 9).
"""

import json

import pytest

from ayudas import escribir_csv, sin_traza
from escritorio.servicios.contexto import Contexto


MAS_CIUDADES = [["Santa Fe", "AR", "391.231"], ["Córdoba", "AR", "1.505.250"], ["Montevideo", "UY", "1.319.108"],
                ["Paysandú", "UY", "76.412"]]


def ok(resultado) -> str:
    assert resultado.returncode == 0, resultado.stderr
    sin_traza(resultado)
    return resultado.stdout


def como_json(resultado):
    return json.loads(ok(resultado))


def rechazo(resultado, codigo: int = 1) -> str:
    """Lo que ve el usuario cuando la orden no se hace: el código de salida, nada en la salida normal, el motivo
    en castellano y ninguna traza."""
    assert resultado.returncode == codigo, (resultado.returncode, resultado.stdout, resultado.stderr)
    assert resultado.stdout == ""
    sin_traza(resultado)
    return " ".join(resultado.stderr.split())


def texto_pdf(ruta) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join((pagina.extract_text() or "").split()) for pagina in PdfReader(ruta).pages)


@pytest.fixture
def red(con_miembros, tmp_path, cli):
    """La RML con 7 ciudades (AR y UY) y su Asamblea General (la integran todos los activos) con sus reglas de
    sesión: quórum de la mitad más uno y mayoría simple (arts. 15 y 19); la reforma del estatuto, quórum de dos
    tercios y dos tercios de los presentes (art. 20); un poder por miembro (art. 21).
    Devuelve (base, ids de los miembros por nombre)."""
    from escritorio.dominio.mayorias import ReglaMayoria
    from escritorio.dominio.sesiones import ReglaQuorum
    from escritorio.servicios.base import abrir_base
    from escritorio.servicios.organos import NuevoOrgano, crear_organo
    from escritorio.servicios.sesiones.reglas import ReglasDeSesion, fijar_reglas_de_sesion

    ok(cli("miembros", "importar", escribir_csv(tmp_path / "mas.csv", MAS_CIUDADES), db=con_miembros))
    # No hay órdenes para crear órganos ni para fijar mayorías: se hace con los servicios, como la ventana.
    db = abrir_base(con_miembros)
    contexto = Contexto(db, 1)
    try:
        # Una asamblea se compone de todos los miembros activos desde que se crea.
        asamblea = crear_organo(contexto, NuevoOrgano("Asamblea General", "asamblea", articulo="Estatuto, art. 9"))
        fijar_reglas_de_sesion(contexto, asamblea, ReglasDeSesion(
            reglas={"ordinaria": ReglaQuorum(1, 2, True, articulo="Estatuto, art. 15"),
                    "reforma_estatuto": ReglaQuorum(2, 3, False, articulo="Estatuto, art. 20")},
            mayorias={"ordinaria": ReglaMayoria("simple", articulo="Estatuto, art. 19"),
                      "reforma_estatuto": ReglaMayoria("dos_tercios", "presentes", "Estatuto, art. 20")},
            poderes_maximos=1, articulo_poderes="Estatuto, art. 21"))
    finally:
        db.close()
    ids = {m["nombre"]: m["id"] for m in json.loads(ok(cli("miembros", "listar", "--json", db=con_miembros)))}
    assert len(ids) == 7
    return con_miembros, ids


def test_una_asamblea_entera_por_la_cli(cli, red, tmp_path):
    base, ids = red

    def orden(*argumentos):
        return cli("sesiones", *argumentos, db=base)

    # Convocatoria.
    sesion = como_json(orden("convocar", "Asamblea General", "--fecha", "2026-11-28", "--hora", "10:00",
                             "--lugar", "Palacio Municipal de Rosario", "--convocada-el", "2026-10-28", "--json"))
    assert (sesion["numero"], sesion["estado"], sesion["fecha"], sesion["hora"]) == (1, "convocada", "2026-11-28", "10:00")
    assert sesion["titulo"] == "I sesión ordinaria — Asamblea General"
    s = str(sesion["id"])

    # Orden del día: un informe con su resumen, la cuota, una reforma del estatuto y la aprobación del acta.
    informe = como_json(orden("punto", s, "--titulo", "Informe de la Secretaría Ejecutiva", "--tipo", "informativo",
                              "--resumen", "La Secretaría Ejecutiva presentó el informe anual de actividades.", "--json"))
    cuota = como_json(orden("punto", s, "--titulo", "Cuota social 2027", "--tipo", "votacion",
                            "--decision", "cuotas_presupuesto", "--json"))
    reforma = ok(orden("punto", s, "--titulo", "Reforma del artículo 21 (poderes)", "--tipo", "votacion",
                       "--decision", "reforma_estatuto"))
    assert reforma.startswith(f"Punto {s}:3 agregado: Reforma del artículo 21")   # un solo número: SESION:N
    # Lo que el punto necesita, como lo dirá la convocatoria: la regla de la reforma, con sus artículos.
    assert "Necesita: Quórum: dos tercios" in reforma and "dos tercios de los miembros presentes" in reforma
    assert reforma.count("(Estatuto, art. 20)") == 2
    reforma_id = f"{s}:3"   # como se nombra el punto en las órdenes
    # El punto que aprueba el acta de esta sesión, con su vínculo (issue 42): solo su resolución la aprueba.
    acta_punto = como_json(orden("punto-aprobacion-acta", s, "--json"))
    assert (acta_punto["titulo"], acta_punto["sesion_id"], acta_punto["aprueba_acta_de"]) == (
        "Aprobación del acta", int(s), int(s))
    assert (informe["numeracion"], cuota["numeracion"], acta_punto["numeracion"]) == ("1", "2", "4")
    assert cuota["tipo_decision"] == "cuotas_presupuesto"
    puntos = como_json(orden("puntos", s, "--json"))
    assert [p["titulo"] for p in puntos] == ["Informe de la Secretaría Ejecutiva", "Cuota social 2027",
                                             "Reforma del artículo 21 (poderes)", "Aprobación del acta"]
    assert puntos[0]["resumen"].startswith("La Secretaría Ejecutiva presentó")
    assert puntos[0]["necesita"] is None and "(Estatuto, art. 19)" in puntos[1]["necesita"]

    # Asistencia: tres presentes (Rosario con su representante), Córdoba da su poder a Rosario, Montevideo se
    # excusa. Una sola orden, una sola transacción.
    asistencia = como_json(orden(
        "asistencia", s, "--presentes", f"{ids['Rosario']},{ids['Paraná']},{ids['Santa Fe']}",
        "--excusados", str(ids["Montevideo"]), "--ausentes", f"{ids['Salto']},{ids['Paysandú']}",
        "--poder", f"{ids['Córdoba']}:{ids['Rosario']}",
        "--representante", f"{ids['Rosario']}:Ana Pérez:Intendenta", "--json"))
    assert asistencia["registradas"] == 7
    # 3 presentes + 1 poder = 4 de 7: la mitad más uno (art. 15) se cumple.
    assert asistencia["quorum"] == {"hay": True, "presentes": 4, "base": 7, "requerido": 4,
                                    "segunda_convocatoria": False, "tipo_decision": "ordinaria",
                                    "texto": "Con la presencia de 4 de 7 miembros con derecho a voto se verifica "
                                             "el quórum (Estatuto, art. 15)."}
    por_id = {m["miembro_id"]: m for m in asistencia["miembros"]}
    assert por_id[ids["Córdoba"]]["poder_a"] == ids["Rosario"] and por_id[ids["Córdoba"]]["estado"] == "ausente"
    assert por_id[ids["Montevideo"]]["estado"] == "excusado"
    assert (por_id[ids["Rosario"]]["representante"], por_id[ids["Rosario"]]["cargo_representante"]) == \
           ("Ana Pérez", "Intendenta")

    invitados = como_json(orden("invitado", s, "--nombre", "María Gómez", "--institucion", "Unión Europea",
                                "--calidad", "observador", "--json"))
    assert invitados == [{"nombre": "María Gómez", "institucion": "Unión Europea", "calidad": "observador"}]
    assert "Calidad «observadora» desconocida; use invitado u observador" in rechazo(
        orden("invitado", s, "--nombre", "Juan Ruiz", "--calidad", "observadora"))

    # Un segundo poder para Rosario supera el máximo (uno): no se registra NADA de esa orden, tampoco Salto.
    mensaje = rechazo(orden("asistencia", s, "--presentes", str(ids["Salto"]),
                            "--poder", f"{ids['Paysandú']}:{ids['Rosario']}"))
    assert "ya lleva 1 poder; el máximo es 1" in mensaje
    estado = como_json(orden("asistencia", s, "--json"))
    assert {m["miembro_id"]: m["estado"] for m in estado["miembros"]}[ids["Salto"]] == "ausente"
    assert estado["quorum"]["presentes"] == 4

    # Cuota: la regla pide mayoría simple (art. 19); votar con otra exige el motivo, que queda en el acta.
    mensaje = rechazo(orden("votar", str(cuota["id"]), "--a-favor", "3", "--en-contra", "1",
                            "--mayoria", "absoluta", "--base", "presentes"))
    assert "la regla pide mayoría simple" in mensaje and "escriba el motivo del cambio" in mensaje
    votacion = como_json(orden("votar", str(cuota["id"]), "--a-favor", "3", "--en-contra", "1",
                               "--mayoria", "absoluta", "--base", "presentes",
                               "--motivo", "Lo pidió la Comisión Directiva por el peso de la cuota", "--json"))
    assert votacion["aprobada"] is True and (votacion["presentes"], votacion["con_derecho"]) == (4, 7)
    assert (votacion["mayoria"], votacion["base"]) == ("absoluta", "presentes")
    assert votacion["motivo_mayoria"] == "Lo pidió la Comisión Directiva por el peso de la cuota"
    assert votacion["regla_mayoria"].startswith("Mayoría simple") and "(Estatuto, art. 19)" in votacion["regla_mayoria"]
    assert votacion["texto_resultado"].startswith("Aprobada: 3 a favor, 1 en contra, 0 abstenciones")
    assert "ya fue votado" in rechazo(orden("votar", str(cuota["id"]), "--a-favor", "4"))
    assert ok(orden("resumir", str(cuota["id"]), "Se debatió el aumento según la inflación.")).strip() == \
           f"Resumen del punto {cuota['referencia']} guardado."
    resolucion_cuota = como_json(orden("resolucion", str(cuota["id"]), "--titulo", "Cuota social 2027",
                                       "--texto", "Se fija la cuota social 2027 según la escala vigente.", "--json"))
    assert (resolucion_cuota["numeracion"], resolucion_cuota["organo"]) == ("Resolución 1/2026", "Asamblea General")
    assert resolucion_cuota["cita"] == "Resolución 1/2026 de la Asamblea General"

    # La reforma necesita dos tercios de quórum (art. 20): con 4 de 7 no se vota.
    mensaje = rechazo(orden("votar", reforma_id, "--votan-a-favor", f"{ids['Rosario']},{ids['Paraná']}"))
    assert "No hay quórum para votar" in mensaje and "se requieren 5 (Estatuto, art. 20)" in mensaje
    # Llega Salto: 5 de 7. Votación nominal (Córdoba vota por poder a través de Rosario), sin decir la mayoría:
    # rige la de la regla del punto, dos tercios de los presentes (art. 20). 3-1-1 tendría mayoría simple, pero
    # 3 de 5 presentes no son dos tercios (hacen falta 4): la reforma se rechaza.
    assert "se verifica el quórum" in ok(orden("asistencia", s, "--presentes", str(ids["Salto"]),
                                                "--decision", "reforma_estatuto"))
    nominal = como_json(orden("votar", reforma_id, "--votan-a-favor", f"{ids['Rosario']},{ids['Paraná']}",
                              "--votan-a-favor", str(ids["Córdoba"]), "--votan-en-contra", str(ids["Santa Fe"]),
                              "--se-abstienen", str(ids["Salto"]), "--json"))
    assert nominal["metodo"] == "nominal" and (nominal["mayoria"], nominal["base"]) == ("dos_tercios", "presentes")
    assert (nominal["a_favor"], nominal["en_contra"], nominal["abstenciones"], nominal["presentes"]) == (3, 1, 1, 5)
    assert nominal["aprobada"] is False and nominal["motivo_mayoria"] is None
    assert nominal["texto_resultado"].startswith("Rechazada: 3 a favor, 1 en contra, 1 abstención")
    assert "se requerían 4" in nominal["texto_resultado"]
    assert "La moción fue rechazada" in rechazo(orden("resolucion", reforma_id, "--titulo", "Reforma del art. 21"))

    # El acta se aprueba en la misma sesión, por su propia resolución.
    ok(orden("votar", str(acta_punto["id"]), "--a-favor", "5"))
    salida = ok(orden("resolucion", str(acta_punto["id"]), "--titulo", "Aprobación del acta"))
    assert salida.startswith("Adoptada la Resolución 2/2026 de la Asamblea General (2/2026 en las órdenes)")
    [aprueba_acta] = [r for r in como_json(cli("resoluciones", "listar", "--json", db=base))
                      if r["numeracion"] == "Resolución 2/2026"]

    # La sesión ya es «Celebrada»: la marcó su primer acto (issue 59). Sin el borrador completo, el acta no se
    # aprueba; el servicio dice qué falta y la CLI agrega su orden (la ventana, su botón: issue 42).
    ok(orden("borrador", s, "--apertura", "En Rosario, a las 10:00, se abre la I sesión ordinaria.",
             "--preside", "Ana Pérez", "--secretaria", "Luis Díaz"))
    mensaje = rechazo(orden("aprobar-acta", s, "--resolucion", str(aprueba_acta["id"]), "--fecha", "2026-11-28"))
    assert "no celebrada" not in mensaje and "Cierre: vacío" in mensaje
    assert f"Use «escritorio sesiones borrador {s} --apertura … --cierre … --preside … --secretaria …»." in mensaje

    # «Proponer textos», también por la CLI: sin hora de cierre no se propone el cierre, y se dice por qué; lo que
    # ya está escrito (la apertura) no se toca.
    salida = ok(orden("borrador", s, "--proponer"))
    assert "Falta: cierre." in salida and "la sesión todavía no tiene hora de cierre" in salida
    salida = ok(orden("celebrada", s, "--hora-cierre", "13:00"))
    assert salida.strip() == "Sesión 1 celebrada, cerrada a las 13:00: I sesión ordinaria — Asamblea General."
    propuesto = como_json(orden("borrador", s, "--proponer", "--json"))
    assert propuesto["cierre"] == "No habiendo más asuntos que tratar, se levanta la sesión siendo las 13:00 horas."
    assert propuesto["apertura"].startswith("En Rosario, a las 10:00") and propuesto["no_propuestos"] == []
    # El borrador se completa por partes: lo que no se indica queda como estaba.
    borrador = como_json(orden("borrador", s, "--cierre", "Sin más asuntos, se levanta la sesión.", "--json"))
    assert borrador["preside"] == "Ana Pérez" and borrador["apertura"].startswith("En Rosario, a las 10:00")
    aprobada = como_json(orden("aprobar-acta", s, "--resolucion", str(aprueba_acta["id"]), "--fecha", "2026-11-28",
                               "--json"))
    assert aprobada["estado"] == "aprobada" and aprobada["aprobada_el"] == "2026-11-28"
    assert aprobada["aprobada_por"].startswith("Resolución 2/2026") and len(aprobada["huella"]) == 64

    # Aprobada, queda congelada: no se agregan puntos ni se cambia la asistencia.
    assert "ya está aprobada" in rechazo(orden("punto", s, "--titulo", "Otro asunto"))
    assert "ya está aprobada" in rechazo(orden("asistencia", s, "--ausentes", str(ids["Salto"])))

    # Lo que queda en la base, leído por otra orden (otra conexión).
    [guardada] = como_json(orden("listar", "--json"))
    assert (guardada["estado"], guardada["estado_acta"]) == ("celebrada", "aprobada")
    resoluciones = como_json(cli("resoluciones", "listar", "--json", db=base))
    assert sorted(r["numeracion"] for r in resoluciones) == ["Resolución 1/2026", "Resolución 2/2026"]

    # El acta impresa dice lo que pasó.
    pdf = tmp_path / "acta.pdf"
    ok(orden("acta", s, pdf))
    texto = texto_pdf(pdf)
    for esperado in ("I sesión ordinaria — Asamblea General", "Palacio Municipal de Rosario",
                     "Rosario, representada por Ana Pérez (Intendenta)", "Córdoba, por poder otorgado a Rosario",
                     "Montevideo (excusado)", "Paysandú (ausente)",
                     "Con la presencia de 5 de 7 miembros con derecho a voto se verifica el quórum (Estatuto, art. 15)",
                     "La Secretaría Ejecutiva presentó el informe anual de actividades.",
                     "María Gómez (Unión Europea), observador", "Se debatió el aumento según la inflación.",
                     "Votación a mano alzada. Aprobada: 3 a favor, 1 en contra, 0 abstenciones",
                     "Se votó con otra mayoría. Motivo: Lo pidió la Comisión Directiva por el peso de la cuota",
                     "Votación nominal. Rechazada: 3 a favor, 1 en contra, 1 abstención",
                     "Mayoría que pide la regla: Dos tercios de los miembros presentes con derecho a voto "
                     "(Estatuto, art. 20)",
                     "A favor (3): Córdoba; Paraná; Rosario", "En contra (1): Santa Fe", "Abstención (1): Salto",
                     "Resolución 1/2026 de la Asamblea General: Cuota social 2027",
                     "Resolución 2/2026 de la Asamblea General: Aprobación del acta",
                     "Sin más asuntos, se levanta la sesión.", "Hora de cierre: 13:00",
                     "Ana Pérez", "Luis Díaz", "Aprobada por Resolución 2/2026 de la Asamblea General el 28/11/2026",
                     aprobada["huella"]):
        assert esperado in texto, esperado
    assert "BORRADOR" not in texto


def test_lo_que_la_cli_rechaza_y_no_guarda(cli, red):
    base, ids = red

    def orden(*argumentos):
        return cli("sesiones", *argumentos, db=base)

    # Ids que no existen: código 1 y el motivo, sin traza.
    assert "No existe la sesión 999" in rechazo(orden("punto", "999", "--titulo", "Informe"))
    assert "No existe la sesión 999" in rechazo(orden("asistencia", "999", "--presentes", str(ids["Rosario"])))
    assert "No existe el punto 999" in rechazo(orden("votar", "999", "--a-favor", "1"))
    assert "No hay ningún órgano «Directorio»" in rechazo(orden("convocar", "Directorio", "--fecha", "2026-11-28",
                                                                 "--lugar", "Rosario"))
    # Lo que el servicio exige, dicho por el servicio.
    mensaje = rechazo(orden("convocar", "Asamblea General", "--fecha", "2026-11-28", "--hora", "25:00"))
    assert "Indique el lugar o el enlace" in mensaje and "La hora «25:00» debe escribirse HH:MM" in mensaje
    sesion = como_json(orden("convocar", "Asamblea General", "--fecha", "2026-11-28", "--enlace",
                             "https://reunion.example/rml", "--tipo", "extraordinaria", "--json"))
    s = str(sesion["id"])
    assert sesion["titulo"] == "I sesión extraordinaria — Asamblea General"
    assert "Tipo de punto «raro» desconocido" in rechazo(orden("punto", s, "--titulo", "X", "--tipo", "raro"))
    punto = como_json(orden("punto", s, "--titulo", "Admisión de Paysandú", "--tipo", "votacion", "--decision",
                            "admision", "--json"))
    # Un subpunto se numera dentro de su punto; el de otra sesión no sirve de padre.
    sub = como_json(orden("punto", s, "--titulo", "Informe de la ciudad candidata", "--dentro-de", str(punto["id"]),
                          "--json"))
    assert (sub["numeracion"], sub["padre_id"]) == ("1.1", punto["id"])
    otra = como_json(orden("convocar", "Asamblea General", "--fecha", "2026-12-05", "--lugar", "Salto", "--json"))
    assert "no pertenece a esta sesión" in rechazo(orden("punto", str(otra["id"]), "--titulo", "X",
                                                         "--dentro-de", str(punto["id"])))
    # Sin asistencia no hay quórum: la votación no se registra.
    mensaje = rechazo(orden("votar", str(punto["id"]), "--a-favor", "1"))
    assert "No hay quórum para votar: Con la presencia de 0 de 7" in mensaje
    # Un punto sin votación no se adopta como resolución; el acta de una sesión que no existe no se aprueba.
    assert "Registre primero la votación" in rechazo(orden("resolucion", str(punto["id"]), "--titulo", "Admisión"))
    assert "No existe la sesión 999" in rechazo(orden("aprobar-acta", "999", "--resolucion", "1"))
    # Un tramo de ids: todos los miembros de la red presentes (7 de 7), luego todos ausentes otra vez.
    todos = f"{min(ids.values())}-{max(ids.values())}"
    assert como_json(orden("asistencia", s, "--presentes", todos, "--json"))["quorum"]["presentes"] == 7
    assert como_json(orden("asistencia", s, "--ausentes", todos, "--json"))["quorum"]["presentes"] == 0
    # Un miembro que no integra el órgano no figura en la asistencia: todo o nada.
    mensaje = rechazo(orden("asistencia", s, "--presentes", f"{ids['Rosario']},999"))
    assert "El miembro con id 999 no integra el órgano" in mensaje
    # Ni un poder para quien no integra el órgano (art. 21): tampoco se guarda el resto de la orden.
    mensaje = rechazo(orden("asistencia", s, "--presentes", str(ids["Paraná"]), "--poder", f"{ids['Rosario']}:999"))
    assert "poder de Rosario" in mensaje and "999 no integra el órgano" in mensaje
    assert all(m["estado"] == "ausente" for m in como_json(orden("asistencia", s, "--json"))["miembros"])

    # Errores de uso (código 2): el id mal escrito, un miembro en dos listas, un poder sin destino, cifras y
    # nombres mezclados en la votación. Nada se guarda.
    assert "--presentes: «x» no es un id" in rechazo(orden("asistencia", s, "--presentes", "1,x"), 2)
    mensaje = rechazo(orden("asistencia", s, "--presentes", str(ids["Rosario"]), "--excusados", str(ids["Rosario"])), 2)
    assert f"el miembro {ids['Rosario']} está en --presentes y en --excusados" in mensaje
    assert "QUIEN_DA:QUIEN_RECIBE" in rechazo(orden("asistencia", s, "--poder", "12"), 2)
    # Un tipo de decisión mal escrito no muestra en silencio el quórum ordinario, ni registra la asistencia.
    mensaje = rechazo(orden("asistencia", s, "--presentes", str(ids["Rosario"]), "--decision", "reforma"))
    assert "tipo de decisión «reforma» desconocido; use ordinaria, reforma_estatuto" in mensaje
    assert "el tramo 5-2 no sirve" in rechazo(orden("asistencia", s, "--ausentes", "5-2"), 2)
    assert "nombre también al miembro" in rechazo(orden("asistencia", s, "--representante", f"{ids['Paraná']}:Ana"), 2)
    mensaje = rechazo(orden("votar", str(punto["id"]), "--a-favor", "2", "--votan-en-contra", str(ids["Salto"])), 2)
    assert "quite --a-favor" in mensaje
    assert "--fecha: valor no válido: '2026-13-01'" in rechazo(
        orden("convocar", "Asamblea General", "--fecha", "2026-13-01", "--lugar", "Rosario"), 2)
    assert all(m["estado"] == "ausente" for m in como_json(orden("asistencia", s, "--json"))["miembros"])
    assert sorted(x["id"] for x in como_json(orden("listar", "--json"))) == [sesion["id"], otra["id"]]


def test_la_ayuda_muestra_las_ordenes_de_la_reunion(cli, base_cli):
    ayuda = ok(cli("sesiones", "--help", db=base_cli))
    for orden in ("convocar", "punto", "puntos", "resumir", "asistencia", "invitado", "votar", "resolucion",
                  "celebrada", "borrador", "aprobar-acta", "acta", "convocatoria"):
        assert f"    {orden} " in ayuda or f"    {orden}\n" in ayuda, orden
    assert "una Asamblea entera, sobre la red de ejemplo" in ayuda
    votar = ok(cli("sesiones", "votar", "--help", db=base_cli))
    assert "--mayoria" in votar and "--base" in votar and "--motivo" in votar and "--votan-a-favor" in votar


def test_el_ejemplo_de_la_ayuda_anda_tal_cual_sobre_la_demo(cli, tmp_path):
    """Las órdenes del ejemplo de «sesiones --help» (las mismas del README), copiadas de la ayuda y ejecutadas
    en orden sobre la red de ejemplo: cada una sale con 0 y el acta queda aprobada e impresa."""
    import shlex

    base = tmp_path / "demo.db"
    ok(cli("demo", db=base))
    ayuda = ok(cli("sesiones", "--help", db=base))
    ejemplo = ayuda.split("una Asamblea entera")[1].split("cada orden acepta")[0]
    ordenes = [shlex.split(linea) for linea in ejemplo.replace("\\\n", " ").splitlines()
               if linea.strip().startswith("escritorio ")]
    assert len(ordenes) == 12 and ordenes[-1][:3] == ["escritorio", "sesiones", "acta"]
    salidas = [ok(cli(*orden[1:], db=base)) for orden in ordenes]

    assert salidas[0].startswith("Sesión 5 convocada: XXXIII sesión ordinaria — Asamblea General de Socios")
    assert "se verifica el quórum (Estatuto, art. 19)" in salidas[3]
    assert salidas[-2].startswith("Acta de la sesión 5 aprobada por Resolución")
    texto = texto_pdf(tmp_path / "acta.pdf")
    [primero] = [m["nombre"] for m in como_json(cli("miembros", "listar", "--json", db=base)) if m["id"] == 1]
    assert f"{primero}, representada por Ana Pérez (Intendenta)" in texto
    assert "Presupuesto 2027" in texto and "Aprobada por Resolución" in texto and "BORRADOR" not in texto
