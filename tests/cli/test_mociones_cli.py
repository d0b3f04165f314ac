"""Las mociones por la línea de órdenes (issue 64, punto 1), en la red de ejemplo: el Consejo fija sus reglas de la
sala (plazo de 10 días, con su artículo), recibe dos mociones en plazo y una tarde; admitir la tardía sin motivo se
rechaza con el último día y el artículo, con motivo se admite; no admitir pide motivo; una se retira, otra se deriva
a una unidad temática, otra se aplaza y se retoma en una sesión posterior con su historia; un autor dado de baja no
presenta; con el acta aprobada, nada cambia. Y las reglas que citan un artículo no cambian desde la configuración."""

import json
from datetime import date, timedelta

from ayudas import leer, sin_traza
from escritorio.dominio import formato


def ok(resultado) -> str:
    assert resultado.returncode == 0, resultado.stderr
    sin_traza(resultado)
    return resultado.stdout


def como_json(resultado):
    return json.loads(ok(resultado))


def rechazo(resultado, codigo: int = 1) -> str:
    assert resultado.returncode == codigo, (resultado.returncode, resultado.stdout, resultado.stderr)
    assert resultado.stdout == ""
    sin_traza(resultado)
    return " ".join(resultado.stderr.split())


def test_la_vida_de_las_mociones_por_la_cli(cli, copia_de_la_demo, tmp_path):
    base = copia_de_la_demo

    def orden(*argumentos, **opciones):
        return cli(*argumentos, db=base, **opciones)

    sesion = next(s for s in como_json(orden("sesiones", "listar", "--json"))
                  if s["organo"] == "Consejo" and s["estado_acta"] == "borrador")
    s, dia = str(sesion["id"]), date.fromisoformat(sesion["fecha"])
    miembros = como_json(orden("miembros", "listar", "--json"))
    activos = [m["id"] for m in miembros if m["estado"] == "activo"]
    de_baja = next(m for m in miembros if m["estado"] == "baja")

    # Las reglas de la sala: sin fijar, las de omisión; con su artículo, ya no cambian desde aquí.
    assert "sin plazo para las mociones" in ok(orden("sala", "reglas", "--organo", "Consejo"))
    ok(orden("sala", "reglas", "--organo", "Consejo", "--plazo-mociones", "10", "--articulo", "Reglamento, art. 12"))
    cambio = rechazo(orden("sala", "reglas", "--organo", "Consejo", "--plazo-mociones", "3"))
    assert "las fija Reglamento, art. 12" in cambio and "cambia con una reforma de ese artículo" in cambio
    assert "--por-reforma N" in cambio
    # La reforma 2 del Estatuto (la de la demo, art. 21) no cambia el artículo que citan: tampoco.
    otra = rechazo(orden("sala", "reglas", "--organo", "Consejo", "--plazo-mociones", "3", "--por-reforma", "2"))
    assert "no cambia ese artículo" in otra
    reglas = como_json(orden("sala", "reglas", "--organo", "Consejo", "--json"))
    assert (reglas["plazo_mociones_dias"], reglas["articulo"]) == (10, "Reglamento, art. 12")
    plazo = dia - timedelta(days=10)

    texto = tmp_path / "declaracion.txt"
    texto.write_text("Considerando la agenda 2030.\n\nLa red declara su apoyo.\n", encoding="utf-8")

    def presentar(titulo, recibida, *autores, apoyos=()):
        argumentos = ["mociones", "presentar", "--punto", f"{s}:1", "--titulo", titulo, "--texto-archivo", texto,
                      "--recibida", recibida.isoformat(), "--json"]
        for a in autores:
            argumentos += ["--autor", a]
        for a in apoyos:
            argumentos += ["--apoyo", a]
        return orden(*argumentos)

    uno = como_json(presentar("Declaración de apoyo", plazo - timedelta(days=3), activos[0], apoyos=[activos[1]]))
    dos = como_json(presentar("Plan de cooperación", plazo, activos[2]))
    tarde = presentar("Moción tardía", plazo + timedelta(days=2), activos[3])
    assert (uno["numero"], dos["numero"], uno["aviso_de_plazo"], dos["aviso_de_plazo"]) == (1, 2, None, None)
    assert tarde.returncode == 0 and "fuera de plazo" in tarde.stderr and formato.fecha(plazo) in tarde.stderr
    assert json.loads(tarde.stdout)["numero"] == 3

    # Admitir la tardía sin motivo: el aviso con el último día y el artículo; con motivo, se admite y queda.
    sin_motivo = rechazo(orden("mociones", "admitir", "3", "--sesion", s))
    assert formato.fecha(plazo) in sin_motivo and "Reglamento, art. 12" in sin_motivo and "--motivo" in sin_motivo
    assert leer(base, "SELECT estado FROM mociones WHERE sesion_id = ? AND numero = 3", [sesion["id"]]) == \
        [("presentada",)]
    assert "admitida" in ok(orden("mociones", "admitir", "3", "--sesion", s, "--motivo", "Llegó por correo a tiempo"))
    ok(orden("mociones", "admitir", "1", "--sesion", s))

    # No admitir pide un motivo (la opción es obligatoria, y vacía tampoco sirve).
    assert "--motivo" in rechazo(orden("mociones", "no-admitir", "2", "--sesion", s), codigo=2)
    assert "motivo" in rechazo(orden("mociones", "no-admitir", "2", "--sesion", s, "--motivo", " "))
    # Una aprobada o rechazada la pone la votación: retirar una no admitida no se puede.
    ok(orden("mociones", "no-admitir", "2", "--sesion", s, "--motivo", "Ajena al punto"))
    assert "ese estado es final" in rechazo(orden("mociones", "retirar", "2", "--sesion", s))

    # Derivar la tardía a una unidad temática; aplazar la 1.
    # Con el artículo del órgano (issue 78, §4): «derivada a la UT Cultura».
    assert "derivada a la UT Cultura." in ok(orden("mociones", "derivar", "3", "--sesion", s, "--organo", "UT Cultura",
                                                  "--motivo", "Es de la unidad"))
    ok(orden("mociones", "aplazar", "1", "--sesion", s, "--motivo", "Falta el informe de la UT"))

    listado = {m["numero"]: m for m in como_json(orden("mociones", "listar", "--sesion", s, "--json",
                                                       proceso_real=True))}
    assert {n: m["estado"] for n, m in listado.items()} == {1: "aplazada", 2: "no_admitida", 3: "derivada"}
    assert (listado[3]["fuera_de_plazo"], listado[3]["admitida_fuera_de_plazo"]) == (True, True)
    assert listado[3]["organo_derivada"] == "UT Cultura" and listado[2]["motivo"] == "Ajena al punto"
    assert [a["miembro_id"] for a in listado[1]["autores"]] == [activos[0]]
    assert [a["miembro_id"] for a in listado[1]["apoyos"]] == [activos[1]]
    assert listado[1]["parrafos"] == ["Considerando la agenda 2030.", "La red declara su apoyo."]

    # Retomarla en una sesión posterior: otra moción que viene de la aplazada, con su historia.
    posterior = (date.today() + timedelta(days=40)).isoformat()
    ok(orden("sesiones", "convocar", "Consejo", "--fecha", posterior, "--lugar", "Rosario"))
    nueva = next(x for x in como_json(orden("sesiones", "listar", "--json")) if x["fecha"] == posterior)
    ok(orden("sesiones", "punto", nueva["id"], "--titulo", "Declaraciones", "--tipo", "votacion"))
    retomada = como_json(orden("mociones", "retomar", "1", "--sesion", s, "--punto", f"{nueva['id']}:1", "--json"))
    assert "ya se retomó" in rechazo(orden("mociones", "retomar", "1", "--sesion", s, "--punto", f"{nueva['id']}:1"))
    vista = como_json(orden("mociones", "ver", retomada["numero"], "--sesion", nueva["id"], "--json"))
    assert vista["viene_de"] == uno["id"] and vista["estado"] == "presentada"
    assert [(p["sesion_id"], p["estado"]) for p in vista["historia"]] == [(sesion["id"], "aplazada"),
                                                                          (nueva["id"], "presentada")]
    assert vista["historia"][0]["motivo"] == "Falta el informe de la UT"
    assert "Historia:" in ok(orden("mociones", "ver", retomada["numero"], "--sesion", nueva["id"]))
    ok(orden("mociones", "retirar", retomada["numero"], "--sesion", nueva["id"]))

    # Un autor dado de baja no presenta.
    baja = rechazo(orden("mociones", "presentar", "--punto", f"{nueva['id']}:1", "--titulo", "X", "--texto", "Y",
                         "--autor", de_baja["id"]))
    assert de_baja["nombre"] in baja and "no era miembro" in baja

    # Con el acta aprobada, nada cambia.
    punto = como_json(orden("sesiones", "punto-aprobacion-acta", s, "--json"))
    presentes = como_json(orden("sesiones", "asistencia", s, "--json"))["quorum"]["presentes"]
    ok(orden("sesiones", "votar", punto["id"], "--a-favor", presentes))
    resolucion = como_json(orden("sesiones", "resolucion", punto["id"], "--titulo", "Aprueba el acta", "--json"))
    ok(orden("sesiones", "aprobar-acta", s, "--resolucion", resolucion["id"], "--fecha", sesion["fecha"]))
    congelada = rechazo(orden("mociones", "presentar", "--punto", f"{s}:1", "--titulo", "Otra", "--texto", "Z",
                              "--autor", activos[0], "--recibida", plazo.isoformat()))
    assert "acta de esta sesión ya está aprobada" in congelada
    assert "acta de esta sesión ya está aprobada" in rechazo(orden("mociones", "retirar", "1", "--sesion", s))
    assert leer(base, "SELECT count(*) FROM mociones WHERE sesion_id = ?", [sesion["id"]]) == [(3,)]
    assert ok(orden("verificar")) is not None
