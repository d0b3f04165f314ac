"""El motivo de admitir una moción fuera de plazo queda aparte (migración 0056): aplazarla después con otro motivo no
lo borra. Por la línea de órdenes, como proceso: «mociones ver --json» da los dos, «mociones ver» dice por qué se
admitió y el acta en PDF (pdftotext) lo cuenta junto a «Fuera de plazo»."""

import json
import subprocess
from datetime import date, timedelta

from ayudas import leer, sin_traza

ADMISION = "Llegó por correo el día del plazo"
APLAZAMIENTO = "Falta el informe de la unidad temática"


def ok(resultado) -> str:
    assert resultado.returncode == 0, resultado.stderr
    sin_traza(resultado)
    return resultado.stdout


def test_el_motivo_de_admitirla_tarde_sobrevive_al_aplazamiento_y_llega_al_acta(cli, copia_de_la_demo, tmp_path):
    base = copia_de_la_demo

    def orden(*argumentos):
        return cli(*argumentos, db=base, proceso_real=True)

    sesion = next(s for s in json.loads(ok(orden("sesiones", "listar", "--json")))
                  if s["organo"] == "Consejo" and s["estado_acta"] == "borrador")
    s, dia = str(sesion["id"]), date.fromisoformat(sesion["fecha"])
    autor = next(m["id"] for m in json.loads(ok(orden("miembros", "listar", "--json"))) if m["estado"] == "activo")
    ok(orden("sala", "reglas", "--organo", "Consejo", "--plazo-mociones", "10"))
    texto = tmp_path / "mocion.txt"
    texto.write_text("La red crea un fondo de becas.\n", encoding="utf-8")
    tarde = (dia - timedelta(days=5)).isoformat()
    hecha = orden("mociones", "presentar", "--punto", f"{s}:1", "--titulo", "Fondo de becas", "--texto-archivo",
                  texto, "--autor", autor, "--recibida", tarde, "--json")
    numero = str(json.loads(ok(hecha))["numero"])
    assert "fuera de plazo" in hecha.stderr

    ok(orden("mociones", "admitir", numero, "--sesion", s, "--motivo", ADMISION))
    ok(orden("mociones", "aplazar", numero, "--sesion", s, "--motivo", APLAZAMIENTO))

    vista = json.loads(ok(orden("mociones", "ver", numero, "--sesion", s, "--json")))
    assert (vista["estado"], vista["motivo"], vista["motivo_admision"]) == ("aplazada", APLAZAMIENTO, ADMISION)
    assert vista["admitida_fuera_de_plazo"] is True
    assert f"Admitida fuera de plazo: {ADMISION}" in ok(orden("mociones", "ver", numero, "--sesion", s))
    assert leer(base, "SELECT motivo_admision FROM mociones WHERE sesion_id = ? AND numero = ?",
                [sesion["id"], int(numero)]) == [(ADMISION,)]

    ok(orden("sesiones", "acta", s, "acta.pdf"))
    salida = subprocess.run(["pdftotext", "-layout", str(tmp_path / "acta.pdf"), "-"], capture_output=True,
                            text=True, check=True).stdout
    escrito = " ".join(salida.split())
    assert f"Fuera de plazo. Admitida fuera de plazo: {ADMISION}." in escrito
    assert f"Aplazada a una sesión posterior: {APLAZAMIENTO}." in escrito
