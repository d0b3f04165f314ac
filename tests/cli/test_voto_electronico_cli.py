"""El voto electrónico en la sala (issue 85) por la línea de órdenes, en la red de ejemplo: una sesión nueva del
Consejo con nueve presentes y un poder; «voto codigos|abrir|emitir|estado|cerrar»: lo que la secretaría y la
presidencia leen, lo que se rechaza (con su mensaje y estado 1, sin traza) y el resultado, igual que el de un
recuento a mano."""

import json

from sala_por_la_cli import ok, rechazo

PRESENTES = "7,1,70,212,178,71,150,275,276"


def test_una_votacion_secreta_de_punta_a_punta_por_la_cli(cli, copia_de_la_demo):
    def orden(*argumentos):
        return cli(*map(str, argumentos), db=copia_de_la_demo)

    sesion = json.loads(ok(orden("sesiones", "convocar", "Consejo", "--fecha", "2026-01-10", "--lugar", "Rosario",
                                 "--json")))["id"]
    ok(orden("sesiones", "asistencia", sesion, "--presentes", PRESENTES, "--poder", "240:7"))
    punto = json.loads(ok(orden("sesiones", "punto", sesion, "--titulo", "Agua segura", "--tipo", "votacion",
                                "--json")))["id"]
    a_mano = json.loads(ok(orden("sesiones", "punto", sesion, "--titulo", "Agua segura (a mano)", "--tipo",
                                 "votacion", "--json")))["id"]
    assert "Córdoba no está marcada presente en la sesión" in rechazo(orden("voto", "codigos", "--sesion", sesion,
                                                                            "--miembro", 2))
    codigos = {c["delegacion"]: c for c in json.loads(ok(orden("voto", "codigos", "--sesion", sesion, "--json")))}
    assert len(codigos) == 10 and codigos["Asunción"]["portador"] == "Mar del Plata"
    assert "Todas las delegaciones que votan ya tienen su código" in ok(orden("voto", "codigos", "--sesion", sesion))
    assert ok(orden("voto", "abrir", "--sesion", sesion, "--punto", punto, "--secreta")) == \
        "Urna 1 abierta (secreta): Agua segura"
    votos = {"Asunción": "a_favor", "Mar del Plata": "a_favor", "Lima": "en_contra", "Bogotá": "abstencion"}
    for nombre, sentido in votos.items():
        salida = ok(orden("voto", "emitir", "--codigo", codigos[nombre]["codigo"], "--urna", 1, "--eleccion", sentido))
        assert salida.startswith("Voto registrado. Comprobante: ")
    assert "ya votó en esta urna" in rechazo(orden("voto", "emitir", "--codigo", codigos["Lima"]["codigo"], "--urna",
                                                   1, "--eleccion", "a_favor"))
    assert "Elija una sola opción" in rechazo(orden("voto", "emitir", "--codigo", codigos["Santiago"]["codigo"],
                                                    "--urna", 1, "--eleccion", "quizas"))
    assert "Votaron 4 de 10 delegaciones" in ok(orden("voto", "estado", "--urna", 1))
    # Quiénes votaron, en una secreta: los nombres, nunca qué eligió cada una; y quiénes faltan.
    estado = json.loads(ok(orden("voto", "estado", "--urna", 1, "--quienes", "--json")))
    assert estado["quienes_votaron"] == [{"delegacion": d, "eleccion": None} for d in sorted(votos)]
    assert len(estado["faltan"]) == 6 and "Santiago" in estado["faltan"]
    texto = ok(orden("voto", "estado", "--urna", 1, "--quienes"))
    assert "Lima: votó" in texto and "en contra" not in texto.lower() and "Faltan: " in texto
    cerrada = ok(orden("voto", "cerrar", "--urna", 1))
    votada = json.loads(ok(orden("sesiones", "votar", a_mano, "--metodo", "secreta", "--a-favor", 2, "--en-contra",
                                 1, "--abstenciones", 1, "--json")))
    assert cerrada == f"Urna 1 cerrada. {votada['texto_resultado']}"
    assert "ya se cerró" in rechazo(orden("voto", "emitir", "--codigo", codigos["Santiago"]["codigo"], "--urna", 1,
                                          "--eleccion", "a_favor"))
    assert "La urna 1 ya está cerrada" in rechazo(orden("voto", "cerrar", "--urna", 1))
    assert "Eso ya se votó" in rechazo(orden("voto", "abrir", "--sesion", sesion, "--punto", a_mano))
    # Una urna abierta por error se descarta sin contar y la sesión abre otra.
    otro = json.loads(ok(orden("sesiones", "punto", sesion, "--titulo", "Varios", "--tipo", "votacion", "--json")))
    assert ok(orden("voto", "abrir", "--sesion", sesion, "--punto", otro["id"])) == "Urna 2 abierta (nominal): Varios"
    ok(orden("voto", "emitir", "--codigo", codigos["Lima"]["codigo"], "--urna", 2, "--eleccion", "a_favor"))
    assert "Lima: A favor" in ok(orden("voto", "estado", "--urna", 2, "--quienes"))   # nominal: lo que eligió
    assert ok(orden("voto", "descartar", "--urna", 2)) == "Urna 2 descartada: sus votos no se contaron."
    assert "Votaron 0 de 10" in ok(orden("voto", "estado", "--urna", 2))
    assert ok(orden("voto", "abrir", "--sesion", sesion, "--punto", otro["id"], "--secreta")).startswith("Urna 3 ")
