"""Issue 42, por la línea de órdenes: «sesiones aprobar-acta» rechaza la resolución de otro asunto
(el plan de trabajo 2027 de la demo) con código 1, sin guardar nada, y dice con qué órdenes se aprueba;
«sesiones punto-aprobacion-acta» agrega el punto con su vínculo y la resolución de ese punto aprueba el acta."""

import json

from ayudas import leer, sin_traza


def _json(resultado):
    assert resultado.returncode == 0, resultado.stderr
    return json.loads(resultado.stdout)


def test_la_cli_rechaza_la_resolucion_ajena_y_aprueba_con_la_de_su_punto(cli, copia_de_la_demo):
    base = copia_de_la_demo
    sesion = next(s for s in _json(cli("sesiones", "listar", "--json", db=base))
                  if s["organo"] == "Consejo" and s["estado_acta"] == "borrador")
    s = str(sesion["id"])
    plan = next(r for r in _json(cli("resoluciones", "listar", "--json", db=base))
                if "plan de trabajo 2027" in r["titulo"])
    bitacora = leer(base, "SELECT count(*) FROM bitacora")[0][0]

    rechazo = cli("sesiones", "aprobar-acta", s, "--resolucion", plan["id"], db=base)
    assert rechazo.returncode == 1, rechazo.stdout + rechazo.stderr
    sin_traza(rechazo)
    assert "no aprueba esta acta" in rechazo.stderr and "plan de trabajo 2027" in rechazo.stderr
    # La CLI agrega sus órdenes: las dos maneras (aquí, o en la próxima, que no hay: se convoca).
    assert f"Al final de esta sesión: «escritorio sesiones punto-aprobacion-acta {s}»." in rechazo.stderr
    assert "En la próxima: convóquela («escritorio sesiones convocar" in rechazo.stderr
    assert leer(base, "SELECT count(*) FROM bitacora")[0][0] == bitacora   # nada guardado
    assert leer(base, "SELECT estado FROM actas WHERE sesion_id = ?", [sesion["id"]]) == [("borrador",)]

    punto = _json(cli("sesiones", "punto-aprobacion-acta", s, "--json", db=base))
    assert (punto["titulo"], punto["sesion_id"], punto["aprueba_acta_de"]) == ("Aprobación del acta", sesion["id"],
                                                                               sesion["id"])
    otra_vez = cli("sesiones", "punto-aprobacion-acta", s, db=base)
    assert otra_vez.returncode == 1 and "ya tiene el punto" in otra_vez.stderr
    presentes = _json(cli("sesiones", "asistencia", s, "--json", db=base))["quorum"]["presentes"]
    _json(cli("sesiones", "votar", punto["id"], "--a-favor", presentes, "--json", db=base))
    resolucion = _json(cli("sesiones", "resolucion", punto["id"], "--titulo", "Aprueba el acta", "--json",
                                   db=base))

    # Con la de otro asunto, ahora dice cuál la aprueba.
    rechazo = cli("sesiones", "aprobar-acta", s, "--resolucion", plan["id"], db=base)
    assert rechazo.returncode == 1
    # la nombra como se escribe en las órdenes (N/AAAA), no por su id interno
    assert f"Apruébela con «escritorio sesiones aprobar-acta {s} --resolucion {resolucion['referencia']}»" in \
        rechazo.stderr

    aprobada = _json(cli("sesiones", "aprobar-acta", s, "--resolucion", resolucion["id"], "--fecha",
                                 sesion["fecha"], "--json", db=base))
    assert aprobada["estado"] == "aprobada" and aprobada["aprobada_por"].endswith("del Consejo")
    assert cli("verificar", db=base).returncode == 0
