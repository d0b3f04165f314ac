"""Órganos, mandatos, miembros y plan de trabajo desde la línea de órdenes, cada orden por la entrada del programa
(la fixture `cli`; el proceso entero, sus estados de salida y lo que importa al arrancar los prueban test_cli.py y el
fuzzer como proceso real): lo que antes pedía un guion de Python («organos crear», «organos designar», «organos
terminar-mandato», «organos mandatos», «organos quitar-regla», «miembros agregar», «unidades actividad» y «unidades
actividades»). Se mira lo que queda en la base (por las órdenes de consulta, con --json) y los rechazos con su
código y su mensaje."""

import json

import pytest

from ayudas import CREAR_RML


def ok(resultado):
    assert resultado.returncode == 0, resultado.stderr
    return resultado


def como_json(resultado):
    return json.loads(ok(resultado).stdout)


@pytest.fixture
def red(tmp_path, cli):
    """La RML (AR pleno, UY asociado) creada por la CLI, con tres ciudades agregadas de a una por la CLI."""
    ruta = tmp_path / "red.db"
    ok(cli(*CREAR_RML, db=ruta))
    for nombre, pais, poblacion in (("Rosario", "AR", "1276000"), ("Paraná", "Argentina", "247.863"),
                                    ("Salto", "UY", "104028")):
        ok(cli("miembros", "agregar", "--nombre", nombre, "--pais", pais, "--poblacion", poblacion,
                       "--anio-poblacion", "2022", "--fecha-ingreso", "2020-03-01", db=ruta))
    return ruta


def ids_de_miembros(cli, ruta) -> dict[str, int]:
    return {m["nombre"]: m["id"] for m in como_json(cli("miembros", "listar", "--json", db=ruta))}


def test_miembros_agregar_deja_al_miembro_en_el_padron_y_rechaza_lo_que_la_ventana_rechaza(red, cli):
    agregado = como_json(cli(
        "miembros", "agregar", "--nombre", "Paysandú", "--pais", "Uruguay", "--region", "Paysandú",
        "--poblacion", "76.429", "--anio-poblacion", "2011", "--fuente-poblacion", "Censo INE",
        "--fecha-ingreso", "2024-11-20", "--correo", "relaciones@paysandu.gub.uy", "--tipo", "municipio",
        "--modo-ingreso", "designacion", "--fundador", "--json", db=red))
    padron = {m["nombre"]: m for m in como_json(cli("miembros", "listar", "--json", db=red))}
    assert sorted(padron) == ["Paraná", "Paysandú", "Rosario", "Salto"]
    paysandu = padron["Paysandú"]
    assert paysandu == agregado
    assert (paysandu["pais"], paysandu["region"], paysandu["poblacion"], paysandu["anio_poblacion"],
            paysandu["estado"], paysandu["fecha_ingreso"], paysandu["fundador"], paysandu["correo"]) == \
        ("UY", "Paysandú", 76429, 2011, "activo", "2024-11-20", True, "relaciones@paysandu.gub.uy")
    texto = ok(cli("miembros", "agregar", "--nombre", "Concordia", "--pais", "AR", "--poblacion", "170000",
                           db=red)).stdout
    assert texto.startswith("Miembro agregado: Concordia (AR), id ") and "activo desde hoy." in texto

    # Lo mismo que rechaza «Nuevo miembro» en la ventana, con la opción que hay que corregir.
    repetido = cli("miembros", "agregar", "--nombre", "rosario", "--pais", "AR", "--poblacion", "1", db=red)
    assert repetido.returncode == 1
    assert "--nombre: Ya existe el miembro «Rosario»" in repetido.stderr
    sin_poblacion = cli("miembros", "agregar", "--nombre", "Asunción", "--pais", "PY", db=red)
    assert sin_poblacion.returncode == 1
    assert sin_poblacion.stderr.startswith("No se agregó el miembro:")
    assert "--pais: País: Paraguay (PY) no es un país de la asociación" in sin_poblacion.stderr
    assert "--poblacion: La población está vacía" in sin_poblacion.stderr
    mal_escrita = cli("miembros", "agregar", "--nombre", "X", "--pais", "AR", "--tipo", "ciudad", db=red)
    assert mal_escrita.returncode == 2 and "--tipo" in mal_escrita.stderr
    assert len(como_json(cli("miembros", "listar", "--json", db=red))) == 5   # nada más se agregó


def test_una_asamblea_creada_por_la_cli_la_integran_todos_los_activos(red, cli):
    creada = como_json(cli("organos", "crear", "--nombre", "Asamblea General", "--tipo", "asamblea",
                                   "--articulo", "Estatuto, art. 12", "--frecuencia-meses", "12", "--json", db=red))
    assert creada["integrantes"] == 3
    assert [(r["tipo"], r["articulo"]) for r in creada["reglas"]] == [("todos_los_activos", "Estatuto, art. 12")]
    ok(cli("miembros", "agregar", "--nombre", "Concordia", "--pais", "AR", "--poblacion", "170000", db=red))
    ok(cli("miembros", "baja", str(ids_de_miembros(cli, red)["Salto"]), "--motivo", "Renuncia",
                   db=red))

    composicion = como_json(cli("organos", "composicion", "Asamblea General", "--json", db=red))
    assert sorted(a["miembro"] for a in composicion["asientos"]) == ["Concordia", "Paraná", "Rosario"]
    assert composicion["avisos"] == []
    assert [r["tipo"] for r in composicion["reglas"]] == ["todos_los_activos"]
    texto = ok(cli("organos", "composicion", "Asamblea General", db=red)).stdout
    assert f"Regla {creada['reglas'][0]['id']}: Todos los miembros activos (Estatuto, art. 12)" in texto

    # Pedida sin la regla, queda vacía (las reglas se fijan después, una por una).
    vacia = ok(cli("organos", "crear", "--nombre", "Asamblea de Fundadores", "--tipo", "asamblea",
                           "--sin-regla-por-omision", db=red)).stdout
    assert "Nadie lo integra todavía" in vacia
    assert como_json(cli("organos", "composicion", "Asamblea de Fundadores", "--json", db=red))["asientos"] == []
    # La misma regla otra vez: rechazada, con el número de la que ya está y cómo quitarla.
    repetida = cli("organos", "regla-composicion", "Asamblea General", "todos_los_activos", db=red)
    assert repetida.returncode == 1
    assert f"ya tiene la regla «Todos los miembros activos» (regla {creada['reglas'][0]['id']}" in repetida.stderr


def test_organos_crear_con_padre_y_sus_rechazos(red, cli):
    ok(cli("organos", "crear", "--nombre", "Consejo", "--tipo", "consejo", "--articulo", "Estatuto, art. 13",
                   db=red))
    comite = como_json(cli("organos", "crear", "--nombre", "Comité de Cuentas", "--tipo", "comite",
                                   "--padre", "consejo", "--atribuciones", "Revisa las cuentas del año", "--json",
                                   db=red))
    listado = {o["nombre"]: o for o in como_json(cli("organos", "listar", "--json", db=red))}
    assert listado["Comité de Cuentas"]["padre_id"] == listado["Consejo"]["id"] == comite["padre_id"]
    assert comite["reglas"] == [] and comite["integrantes"] == 0

    repetido = cli("organos", "crear", "--nombre", "CONSEJO", "--tipo", "consejo", db=red)
    assert (repetido.returncode, repetido.stderr.strip()) == (
        1, "No se creó el órgano:\n  - Ya existe un órgano llamado «CONSEJO».")
    sin_padre = cli("organos", "crear", "--nombre", "Junta", "--tipo", "comite", "--padre", "Junta Mayor", db=red)
    assert sin_padre.returncode == 1 and "No hay ningún órgano «Junta Mayor»" in sin_padre.stderr
    tipo = cli("organos", "crear", "--nombre", "Junta", "--tipo", "junta", db=red)
    assert tipo.returncode == 2 and "opción no válida: 'junta'" in tipo.stderr
    frecuencia = cli("organos", "crear", "--nombre", "Junta", "--tipo", "comite", "--frecuencia-meses", "0",
                             db=red)
    assert frecuencia.returncode == 1 and "Frecuencia: «0» meses no es posible" in frecuencia.stderr
    assert sorted(listado) == sorted(o["nombre"] for o in como_json(cli("organos", "listar", "--json", db=red)))


def test_designar_listar_y_terminar_un_mandato(red, cli):
    ok(cli("organos", "crear", "--nombre", "Comisión Directiva", "--tipo", "comision_directiva", db=red))
    ids = ids_de_miembros(cli, red)
    presidencia = como_json(cli(
        "organos", "designar", "Comisión Directiva", "--miembro", str(ids["Rosario"]), "--persona", "Pablo Javkin",
        "--cargo", "presidente", "--desde", "2026-01-01", "--hasta", "2027-12-31", "--json", db=red))
    assert (presidencia["miembro"], presidencia["persona"], presidencia["cargo"], presidencia["desde"],
            presidencia["hasta"], presidencia["con_voto"]) == \
        ("Rosario", "Pablo Javkin", "presidente", "2026-01-01", "2027-12-31", True)
    texto = ok(cli("organos", "designar", "Comisión Directiva", "--miembro", str(ids["Salto"]),
                           "--en-nombre-de", str(ids["Paraná"]), "--cargo", "suplente", "--sin-voto",
                           "--desde", "2026-01-01", db=red)).stdout
    assert texto.startswith("Mandato ") and "Salto: Suplente desde el 01/01/2026, sin voto." in texto
    ok(cli("organos", "designar", "Comisión Directiva", "--persona", "María Gómez", "--cargo", "secretario",
                   "--desde", "2026-01-01", db=red))

    mandatos = como_json(cli("organos", "mandatos", "Comisión Directiva", "--json", db=red))
    assert sorted((m["cargo"], m["miembro"], m["persona"], m["con_voto"], m["en_nombre_de"]) for m in mandatos) == [
        ("presidente", "Rosario", "Pablo Javkin", True, None), ("secretario", None, "María Gómez", True, None),
        ("suplente", "Salto", None, False, ids["Paraná"])]

    terminado = ok(cli("organos", "terminar-mandato", str(presidencia["id"]), "--hasta", "2026-06-30",
                               "--motivo", "Renuncia", db=red)).stdout
    assert terminado.strip() == (f"Mandato {presidencia['id']} terminado en Comisión Directiva: Rosario (Pablo "
                                 "Javkin): Presidente desde el 01/01/2026 hasta el 30/06/2026.")
    despues = {m["id"]: m for m in como_json(cli("organos", "mandatos", "Comisión Directiva", "--json", db=red))}
    assert despues[presidencia["id"]]["hasta"] == "2026-06-30"
    assert despues[presidencia["id"]]["correcciones"] == [
        {"campo": "hasta", "antes": "2027-12-31", "despues": "2026-06-30", "motivo": "Renuncia"}]
    al = como_json(cli("organos", "composicion", "Comisión Directiva", "--al", "2026-07-01", "--json", db=red))
    assert sorted(a["miembro"] or a["persona"] for a in al["asientos"]) == ["María Gómez", "Salto"]

    # Rechazos: de la regla (1) y de la orden mal escrita (2); nada cambia.
    nadie = cli("organos", "designar", "Comisión Directiva", "--cargo", "titular", "--desde", "2026-01-01",
                        db=red)
    assert nadie.returncode == 1 and "Indique el miembro, la persona, o ambos" in nadie.stderr
    al_reves = cli("organos", "designar", "Comisión Directiva", "--persona", "Ana", "--cargo", "titular",
                           "--desde", "2026-05-01", "--hasta", "2026-01-01", db=red)
    assert al_reves.returncode == 1 and "El mandato termina antes de empezar." in al_reves.stderr
    cargo = cli("organos", "designar", "Comisión Directiva", "--persona", "Ana", "--cargo", "rey",
                        "--desde", "2026-01-01", db=red)
    assert cargo.returncode == 2 and "--cargo" in cargo.stderr
    sin_motivo = cli("organos", "terminar-mandato", str(presidencia["id"]), "--hasta", "2026-05-31",
                             "--motivo", " ", db=red)
    assert sin_motivo.returncode == 1 and "Escriba el motivo" in sin_motivo.stderr
    antes = cli("organos", "terminar-mandato", str(presidencia["id"]), "--hasta", "2025-12-31",
                        "--motivo", "Error", db=red)
    assert antes.returncode == 1 and "terminaría antes de empezar" in antes.stderr
    inexistente = cli("organos", "terminar-mandato", "999", "--hasta", "2026-05-31", "--motivo", "x", db=red)
    assert (inexistente.returncode, inexistente.stderr.strip()) == (1, "No existe el mandato 999.")
    assert como_json(cli("organos", "mandatos", "Comisión Directiva", "--json", db=red)) == list(despues.values())


def test_regla_de_composicion_de_cada_tipo_y_quitar_una(red, cli):
    ok(cli("organos", "crear", "--nombre", "Secretaría Ejecutiva", "--tipo", "secretaria_ejecutiva", db=red))
    ok(cli("organos", "crear", "--nombre", "Comisión Directiva", "--tipo", "comision_directiva", db=red))
    ok(cli("organos", "crear", "--nombre", "Consejo", "--tipo", "consejo", db=red))
    for tipo, opciones in (("por_categoria", ["--pleno", "2", "--asociado", "1"]),
                           ("de_oficio", ["--organos", "comision_directiva,secretaria_ejecutiva"]),
                           ("presidencia", ["--organo", "secretaria_ejecutiva"]), ("tamano_fijo", ["--puestos", "9"]),
                           ("troika", []), ("todos_los_activos", []), ("designacion", [])):
        hecho = ok(cli("organos", "regla-composicion", "Consejo", tipo, *opciones, "--articulo",
                               "Estatuto, art. 13", db=red)).stdout
        assert hecho.startswith("Consejo: regla ")
    reglas = como_json(cli("organos", "composicion", "Consejo", "--json", db=red))["reglas"]
    assert [(r["tipo"], r["descripcion"]) for r in reglas] == [
        ("por_categoria", "2 por país pleno, 1 por país asociado"),
        ("de_oficio", "Comisión Directiva, Secretaría Ejecutiva"), ("presidencia", "Secretaría Ejecutiva"),
        ("tamano_fijo", "9 puestos"), ("troika", ""), ("todos_los_activos", ""), ("designacion", "")]

    todos = next(r for r in reglas if r["tipo"] == "todos_los_activos")
    quitada = ok(cli("organos", "quitar-regla", str(todos["id"]), db=red)).stdout
    assert quitada.strip().startswith(f"Consejo: se quitó la regla {todos['id']} (Todos los miembros activos")
    quedan = como_json(cli("organos", "composicion", "Consejo", "--json", db=red))["reglas"]
    assert [r["id"] for r in quedan] == [r["id"] for r in reglas if r is not todos]
    otra_vez = cli("organos", "quitar-regla", str(todos["id"]), db=red)
    assert otra_vez.returncode == 1
    assert otra_vez.stderr.startswith(f"No existe la regla de composición {todos['id']} en esta asociación.")
    cero = cli("organos", "quitar-regla", "0", db=red)
    assert cero.returncode == 2


def test_el_plan_de_trabajo_de_una_unidad(red, cli):
    ok(cli("unidades", "plantilla", db=red))
    ids = ids_de_miembros(cli, red)
    agregada = como_json(cli(
        "unidades", "actividad", "UT Cultura", "--titulo", "Seminario regional de gestores culturales",
        "--fecha", "2026-06-10", "--hasta", "2026-06-12", "--responsable", str(ids["Rosario"]),
        "--descripcion", "Encuentro de 40 gestores", "--json", db=red))
    texto = ok(cli("unidades", "actividad", "UT Cultura", "--titulo", "Informe anual", "--estado", "en_curso",
                           db=red)).stdout
    assert texto.strip().endswith("agregada al plan de trabajo de UT Cultura: Informe anual (en curso).")

    plan = como_json(cli("unidades", "actividades", "UT Cultura", "--json", db=red))
    assert agregada["unidad"] == "UT Cultura"
    assert plan[1] == {clave: valor for clave, valor in agregada.items() if clave != "unidad"}
    assert [(a["titulo"], a["desde"], a["hasta"], a["estado"], a["responsable"], a["resultado"]) for a in plan] == [
        ("Informe anual", None, None, "en_curso", None, None),
        ("Seminario regional de gestores culturales", "2026-06-10", "2026-06-12", "prevista", "Rosario",
         "Encuentro de 40 gestores")]
    listado = ok(cli("unidades", "actividades", "UT Cultura", db=red)).stdout
    # (el seminario ya pasó: al final se cuenta como atrasada; ver tests/cli/test_cli_plan_de_trabajo.py)
    assert "10/06/2026 – 12/06/2026" in listado and listado.strip().splitlines()[-1].startswith(
        "UT Cultura: 2 actividades")

    sin_titulo = cli("unidades", "actividad", "UT Cultura", "--titulo", "  ", db=red)
    assert (sin_titulo.returncode, sin_titulo.stderr.strip()) == (1, "Escriba el título de la actividad.")
    al_reves = cli("unidades", "actividad", "UT Cultura", "--titulo", "X", "--fecha", "2026-06-10",
                           "--hasta", "2026-06-01", db=red)
    assert (al_reves.returncode, al_reves.stderr.strip()) == (1, "La actividad termina antes de empezar.")
    ajeno = cli("unidades", "actividad", "UT Cultura", "--titulo", "X", "--responsable", "999", db=red)
    assert ajeno.returncode == 1 and "El miembro 999 no pertenece a esta asociación" in ajeno.stderr
    estado = cli("unidades", "actividad", "UT Cultura", "--titulo", "X", "--estado", "hecha", db=red)
    assert estado.returncode == 2 and "--estado" in estado.stderr
    sin_unidad = cli("unidades", "actividades", "UT Astronomía", db=red)
    assert sin_unidad.returncode == 1 and "No hay ningún órgano «UT Astronomía»" in sin_unidad.stderr
    assert len(como_json(cli("unidades", "actividades", "UT Cultura", "--json", db=red))) == 2


def test_la_ficha_de_un_miembro_por_la_cli(red, cli):
    """Lo que la ficha de la ventana hace con un miembro: corregir datos, una población nueva, la autoridad que
    asume y volver a activarlo tras una suspensión."""
    salto = ids_de_miembros(cli, red)["Salto"]
    ficha = como_json(cli("miembros", "editar", str(salto), "--region", "Salto", "--correo",
                                  "intendencia@salto.gub.uy", "--fundador", "si", "--json", db=red))
    assert (ficha["region"], ficha["correo"], ficha["fundador"], ficha["poblacion"]) == \
        ("Salto", "intendencia@salto.gub.uy", True, 104028)
    ok(cli("miembros", "editar", str(salto), "--correo", "", db=red))
    texto = ok(cli("miembros", "poblacion", str(salto), "--poblacion", "112.000", "--anio-poblacion", "2023",
                           "--fuente-poblacion", "Estimación INE", db=red)).stdout
    assert "población vigente: 112000 (2023)" in texto
    ok(cli("miembros", "autoridad", str(salto), "--persona", "Carlos Albisu", "--desde", "2025-07-10", db=red))
    ok(cli("miembros", "suspender", str(salto), "--fecha", "2026-02-01", "--motivo", "Cuotas", db=red))
    assert ok(cli("miembros", "reactivar", str(salto), "--fecha", "2026-03-01", "--motivo",
                          "Pagó las cuotas", db=red)).stdout.strip() == (
        f"Miembro reactivado: Salto (UY), id {salto}, activo desde el 01/03/2026.")
    padron = {m["id"]: m for m in como_json(cli("miembros", "listar", "--json", db=red))}
    assert (padron[salto]["region"], padron[salto]["correo"], padron[salto]["poblacion"],
            padron[salto]["anio_poblacion"], padron[salto]["autoridad"], padron[salto]["estado"]) == \
        ("Salto", None, 112000, 2023, "Carlos Albisu", "activo")

    nada = cli("miembros", "editar", str(salto), db=red)
    assert nada.returncode == 1 and nada.stderr.startswith("No se cambió nada")
    pais = cli("miembros", "editar", str(salto), "--pais", "PY", db=red)
    assert pais.returncode == 1 and "--pais: País: Paraguay (PY) no es un país de la asociación" in pais.stderr
    antes = cli("miembros", "reactivar", str(salto), "--fecha", "2026-02-15", "--motivo", "x", db=red)
    assert antes.returncode == 1 and "--fecha: Salto figura como activo desde el 01/03/2026" in antes.stderr
    ajeno = cli("miembros", "poblacion", "999", "--poblacion", "10", db=red)
    assert ajeno.returncode == 1 and "No existe el miembro con id 999 en esta asociación" in ajeno.stderr
    assert como_json(cli("miembros", "listar", "--json", db=red)) == list(padron.values())


def test_el_informe_de_una_unidad_y_el_resumen_de_cobranza_en_pdf(red, cli, tmp_path):
    from pypdf import PdfReader

    ok(cli("unidades", "plantilla", db=red))
    ok(cli("unidades", "actividad", "UT Cultura", "--titulo", "Seminario de gestores", "--fecha", "2026-06-10",
                   db=red))
    ok(cli("unidades", "informe", "UT Cultura", tmp_path / "cultura.pdf", db=red))
    texto = "".join(p.extract_text() for p in PdfReader(tmp_path / "cultura.pdf").pages)
    assert "UT Cultura" in texto and "Seminario de gestores" in texto
    ok(cli("cuotas", "cobranza", "2026", tmp_path / "cobranza.pdf", db=red))
    assert "2026" in "".join(p.extract_text() for p in PdfReader(tmp_path / "cobranza.pdf").pages)
    fuera = cli("cuotas", "cobranza", "1200", tmp_path / "viejo.pdf", db=red)
    assert fuera.returncode == 1 and "Año: 1200 está fuera de lo posible" in fuera.stderr
    assert not (tmp_path / "viejo.pdf").exists()


def test_contactos_y_un_alta_por_error(red, cli):
    rosario = ids_de_miembros(cli, red)["Rosario"]
    agregado = como_json(cli("miembros", "contacto", str(rosario), "--nombre", "Ana Díaz", "--rol",
                                     "Enlace técnico", "--correo", "ana@rosario.gob.ar", "--json", db=red))
    corregido = como_json(cli("miembros", "contacto", str(rosario), "--nombre", "Ana Díaz", "--rol",
                                      "Enlace político", "--editar", str(agregado["id"]), "--json", db=red))
    assert corregido == agregado | {"rol": "Enlace político"}   # lo que no se indica queda como estaba
    assert como_json(cli("miembros", "contactos", str(rosario), "--json", db=red)) == [corregido]
    ajeno = cli("miembros", "quitar-contacto", str(ids_de_miembros(cli, red)["Salto"]),
                        str(agregado["id"]), db=red)
    assert ajeno.returncode == 1 and f"no tiene el contacto {agregado['id']}" in ajeno.stderr
    assert ok(cli("miembros", "quitar-contacto", str(rosario), str(agregado["id"]), db=red)).stdout.strip() \
        == f"Contacto {agregado['id']} quitado."
    assert como_json(cli("miembros", "contactos", str(rosario), "--json", db=red)) == []

    error = como_json(cli("miembros", "agregar", "--nombre", "Rosarito", "--pais", "AR", "--poblacion", "10",
                                  "--json", db=red))
    ok(cli("miembros", "eliminar", str(error["id"]), db=red))
    assert "Rosarito" not in ids_de_miembros(cli, red)
    ok(cli("miembros", "poblacion", str(rosario), "--poblacion", "1348725", "--anio-poblacion", "2022", db=red))
    con_historia = cli("miembros", "eliminar", str(rosario), db=red)
    assert con_historia.returncode == 1 and "«Rosario» tiene historia" in con_historia.stderr
    assert "Rosario" in ids_de_miembros(cli, red)
