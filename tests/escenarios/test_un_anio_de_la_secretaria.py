"""El año 2025 de la secretaria de la Red de Municipios del Litoral, de la fundación a la reforma del estatuto.

Funda la asociación con su estatuto, admite a ocho ciudades importando el padrón, emite las cuotas del año según la
escala (cada ciudad paga según su tramo de población), cobra (pagos completos, uno en dos partes, un moroso), convoca
la Asamblea con la anticipación del estatuto, toma la asistencia (el moroso no vota ni cuenta para el quórum), vota
una resolución por mayoría simple y dos reformas del estatuto que piden dos tercios de los presentes (una no llega,
aunque por mayoría simple habría pasado; la otra sí), aprueba el acta (queda congelada) y reforma el estatuto.

Todo por los servicios, las mismas funciones que llaman la ventana y la CLI; en cada paso se mira lo que la secretaria
vería en pantalla o en el PDF.
"""

from datetime import date

import pytest

from ayudas import escribir_xlsx
from escritorio.servicios.aprobacion_de_actas import agregar_punto_de_aprobacion
from escritorio.dominio.mayorias import ReglaMayoria
from escritorio.dominio.sesiones import ReglaQuorum
from escritorio.errores import ErrorEscritorio, ErrorValidacion
from escritorio.servicios import actas, cobranza, cuotas, emision_de_cuotas, estatutos, votaciones
from escritorio.servicios.sesiones import (asistencia as sesiones_asistencia, convocatoria as sesiones_convocatoria,
                                           puntos as sesiones_puntos, reglas as sesiones_reglas)
from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.importacion import importar_miembros
from escritorio.servicios.informes_sesiones import imprimir_acta
from escritorio.servicios.miembros import listar_miembros
from escritorio.servicios.organos import NuevoOrgano, crear_organo
from escritorio.servicios.pagos import NuevoPago, registrar_pago

ESTATUTO = """Artículo 1 - Denominación
La Red de Municipios del Litoral reúne a los gobiernos locales de la cuenca del río Uruguay.

Artículo 8 - Cuotas
Cada miembro paga una cuota anual según la población de su ciudad, de acuerdo con la escala que fija la Asamblea.

Artículo 9 - Voto
El miembro que adeuda una cuota anual vencida no vota en la Asamblea hasta regularizarla.

Artículo 15 - Asamblea
La Asamblea se convoca con treinta días de anticipación y sesiona con la mitad más uno de los miembros con derecho a
voto. Resuelve por mayoría simple.

Artículo 20 - Reforma
El estatuto se reforma con el voto de dos tercios de los miembros presentes.
"""

PADRON = [  # Nombre, País, Población, Fecha de ingreso
    ["Rosario", "Argentina", "1.276.000", "10/03/2008"], ["Córdoba", "AR", "1.505.250", "10/03/2008"],
    ["Montevideo", "Uruguay", "1.319.108", "10/03/2008"], ["Paraná", "AR", "247.863", "02/05/2012"],
    ["Santa Fe", "AR", "391.231", "02/05/2012"], ["Salto", "UY", "104.028", "15/08/2015"],
    ["Concordia", "AR", "170.033", "15/08/2015"], ["Paysandú", "UY", "76.412", "01/02/2019"],
]
TRAMOS = "0:100,100000:500,1000000:1000"  # dólares por año según la población (Estatuto, art. 8)


# --- ayudas con nombre de lo que hace la secretaria ---------------------------------------------------------------

def fundar_la_red(db) -> tuple[int, int]:
    red = crear_asociacion(db, NuevaAsociacion(nombre="Red de Municipios del Litoral", sigla="RML",
                                               paises={"AR": "pleno", "UY": "pleno"}))
    contexto = Contexto(db, red)
    estatuto = estatutos.cargar_norma(contexto, "estatuto", "Estatuto", ESTATUTO, date(2008, 3, 10), "Acta fundacional")
    return red, estatuto


def admitir_miembros(db, red, carpeta) -> dict[str, int]:
    planilla = escribir_xlsx(carpeta / "padron.xlsx", PADRON, ["Nombre", "País", "Población", "Fecha de ingreso"])
    contexto = Contexto(db, red)
    resultado = importar_miembros(contexto, planilla)
    assert (resultado.nuevos, resultado.actualizados) == (8, 0), resultado.resumen()
    return {m["nombre"]: m["id"] for m in listar_miembros(contexto)}


def cobrar(db, red, miembro, dia, dolares) -> str:
    return registrar_pago(Contexto(db, red), NuevoPago(miembro, dia, dolares, "USD")).recibo


def saldo(db, red, miembro, al) -> int:
    [cuenta] = cobranza.estados_de_cuenta(Contexto(db, red), miembro, al)
    return cuenta.saldo


def crear_la_asamblea(db, red) -> int:
    contexto = Contexto(db, red)
    # Una asamblea se compone de todos los miembros activos desde que se crea (citado al artículo del órgano).
    asamblea = crear_organo(contexto, NuevoOrgano("Asamblea General", "asamblea", articulo="Estatuto, art. 15"))
    sesiones_reglas.fijar_reglas_de_sesion(contexto, asamblea, sesiones_reglas.ReglasDeSesion(
        reglas={"ordinaria": ReglaQuorum(1, 2, True, articulo="Estatuto, art. 15")},
        mayorias={"ordinaria": ReglaMayoria("simple", articulo="Estatuto, art. 15"),
                  "reforma_estatuto": ReglaMayoria("dos_tercios", "presentes", "Estatuto, art. 20")},
        anticipacion_dias=30, articulo_convocatoria="Estatuto, art. 15"))
    return asamblea


def votar(db, red, punto, a_favor, en_contra, abstenciones, **otra_regla) -> dict:
    return votaciones.votar(Contexto(db, red), punto, votaciones.NuevaVotacion(
        a_favor=a_favor, en_contra=en_contra, abstenciones=abstenciones, **otra_regla))


def texto_del_pdf(ruta) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join((pagina.extract_text() or "").split()) for pagina in PdfReader(ruta).pages)


# --- el año ---------------------------------------------------------------------------------------------------

def test_un_anio_de_la_secretaria(db, tmp_path):
    # Marzo: la red se funda con su estatuto y admite a sus ocho ciudades desde el padrón en Excel.
    red, estatuto = fundar_la_red(db)
    ids = admitir_miembros(db, red, tmp_path)
    assert sorted(ids) == sorted(fila[0] for fila in PADRON)

    # Enero: la escala del art. 8 y la emisión de las cuotas de 2025; un atraso de una cuota suspende el voto (art. 9).
    contexto = Contexto(db, red)
    cuotas.definir_escala(contexto, cuotas.escala_desde_texto(date(2025, 1, 1), "USD", TRAMOS,
                                                              articulo="Estatuto, art. 8"))
    cuotas.fijar_regla_de_voto(contexto, 1, "Estatuto, art. 9")
    assert emision_de_cuotas.emitir(contexto, 2025) == 8
    cargo = {f.miembro: f.importe for f in cobranza.padron_de_cuotas(contexto, 2025, al=date(2025, 1, 31))}
    assert cargo == {"Rosario": 100000, "Córdoba": 100000, "Montevideo": 100000, "Paraná": 50000,
                     "Santa Fe": 50000, "Salto": 50000, "Concordia": 50000, "Paysandú": 10000}  # en centavos

    # Febrero a abril: cobra. Paraná paga en dos veces; Salto no paga nada.
    for ciudad, dolares in [("Rosario", "1000"), ("Córdoba", "1000"), ("Montevideo", "1000"), ("Santa Fe", "500"),
                            ("Concordia", "500"), ("Paysandú", "100")]:
        cobrar(db, red, ids[ciudad], date(2025, 2, 20), dolares)
    cobrar(db, red, ids["Paraná"], date(2025, 3, 10), "200")
    assert saldo(db, red, ids["Paraná"], date(2025, 3, 31)) == 30000      # debe 300 dólares tras el vencimiento
    cobrar(db, red, ids["Paraná"], date(2025, 4, 15), "300")
    assert saldo(db, red, ids["Paraná"], date(2025, 4, 30)) == 0
    assert saldo(db, red, ids["Salto"], date(2025, 4, 30)) == 50000

    morosos = cobranza.morosidad(contexto, date(2025, 6, 30))
    assert [(d.miembro_id, d.total, d.puede_votar) for d in morosos] == [(ids["Salto"], 50000, False)]
    voto = cobranza.derecho_a_voto(contexto, ids["Salto"], date(2025, 6, 30))
    assert not voto.puede_votar and "(Estatuto, art. 9)" in voto.motivo

    # Agosto: convoca la Asamblea de septiembre con 36 días (el art. 15 pide 30).
    asamblea = crear_la_asamblea(db, red)
    sesion = sesiones_convocatoria.convocar(contexto, asamblea, sesiones_convocatoria.NuevaSesion(
        date(2025, 9, 20), "ordinaria", "10:00", "Palacio Municipal de Paysandú", convocada_el=date(2025, 8, 15)))
    assert sesiones_convocatoria.aviso_de_anticipacion(contexto, sesion) is None
    memoria = sesiones_puntos.agregar_punto(contexto, sesion, "Memoria y balance 2024", "votacion")
    reforma_8 = sesiones_puntos.agregar_punto(contexto, sesion, "Reforma del artículo 8 (cuotas en pesos)", "votacion",
                                       tipo_decision="reforma_estatuto")
    reforma_15 = sesiones_puntos.agregar_punto(contexto, sesion, "Reforma del artículo 15 (convocatoria)", "votacion",
                                        tipo_decision="reforma_estatuto")
    # El punto que aprueba el acta la nombra: solo su resolución la aprueba (issue 42).
    aprueba_acta = agregar_punto_de_aprobacion(contexto, sesion, titulo="Aprobación de la presente acta")["punto_id"]

    # Septiembre: la asistencia. Salto, moroso, no tiene voto; Montevideo se excusa; seis presentes de siete.
    habilitados = {h.miembro: h for h in sesiones_asistencia.asistencia(contexto, sesion).habilitados}
    assert not habilitados["Salto"].con_voto
    assert habilitados["Salto"].motivo_sin_voto == "Voto suspendido por cuotas impagas"
    sesiones_asistencia.registrar_asistencias(contexto, sesion, [
        sesiones_asistencia.MarcaAsistencia(ids[c], "presente") for c in ("Rosario", "Córdoba", "Paraná", "Santa Fe",
                                                               "Concordia", "Paysandú")]
                                   + [sesiones_asistencia.MarcaAsistencia(ids["Montevideo"], "excusado")])
    quorum = sesiones_asistencia.asistencia(contexto, sesion).quorum
    assert (quorum.hay, quorum.presentes, quorum.base, quorum.requerido) == (True, 6, 7, 4)
    assert quorum.enunciado().startswith("Con la presencia de 6 de 7 miembros con derecho a voto se verifica el quórum")

    # La memoria: mayoría simple, 4–1–1, aprobada.
    assert votar(db, red, memoria, 4, 1, 1)["aprobada"]
    votaciones.adoptar_resolucion(contexto, memoria, "resolucion", "Aprueba la memoria y el balance 2024")

    # La reforma del art. 8 sale 3–2–1: por mayoría simple habría pasado, pero el art. 20 pide dos tercios de los
    # presentes (4 de 6). Quien opera no puede cambiar la mayoría sin decir por qué.
    with pytest.raises(ErrorValidacion) as error:
        votar(db, red, reforma_8, 3, 2, 1, mayoria="simple")
    assert "dos tercios de los miembros presentes con derecho a voto (Estatuto, art. 20)" in error.value.problemas[0]
    rechazada = votar(db, red, reforma_8, 3, 2, 1)
    assert not rechazada["aprobada"]
    assert rechazada["texto_resultado"] == ("Rechazada: 3 a favor, 2 en contra, 1 abstención; se requerían 4 (dos "
                                            "tercios de 6 miembros presentes).")

    # La del art. 15 sale 5–1–0: llega a los dos tercios y se adopta.
    aprobada = votar(db, red, reforma_15, 5, 1, 0)
    assert aprobada["aprobada"]
    resolucion_reforma = votaciones.adoptar_resolucion(contexto, reforma_15, "resolucion",
                                                       "Reforma el artículo 15 del Estatuto")
    assert resolucion_reforma["numero"] == "Resolución 2/2025"
    assert votar(db, red, aprueba_acta, 6, 0, 0)["aprobada"]
    resolucion_acta = votaciones.adoptar_resolucion(contexto, aprueba_acta, "resolucion", "Aprueba la presente acta")

    # El acta: se celebra, se escribe, se aprueba en la misma sesión y queda congelada.
    sesiones_asistencia.marcar_celebrada(contexto, sesion, "12:30")
    actas.guardar_borrador(contexto, sesion,
                           apertura="En Paysandú se reúne la Asamblea General en sesión ordinaria.",
                           cierre="Se levanta la sesión.", preside="Rosario", secretaria="Secretaría de la Red")
    actas.aprobar_acta(contexto, sesion, resolucion_acta["id"], date(2025, 9, 20))
    with pytest.raises(ErrorEscritorio, match="ya está aprobada"):
        actas.guardar_borrador(contexto, sesion, cierre="Se levanta la sesión a las 13:00.")
    with pytest.raises(ErrorEscritorio, match="ya está aprobada"):
        sesiones_puntos.agregar_punto(contexto, sesion, "Un punto que se olvidó", "informativo")
    assert actas.verificar_acta(contexto, sesion)

    pdf = tmp_path / "acta.pdf"
    imprimir_acta(contexto, sesion, pdf)
    acta = texto_del_pdf(pdf)
    assert "En Paysandú se reúne la Asamblea General en sesión ordinaria." in acta
    assert "Con la presencia de 6 de 7 miembros con derecho a voto se verifica el quórum" in acta
    assert ("Rechazada: 3 a favor, 2 en contra, 1 abstención; se requerían 4 (dos tercios de 6 miembros "
            "presentes).") in acta
    assert "Aprobada: 5 a favor, 1 en contra" in acta
    assert "Reforma el artículo 15 del Estatuto" in acta

    # Y el estatuto cambia desde el día siguiente: el art. 15 reformado, el art. 8 como estaba.
    nuevo_15 = ("La Asamblea se convoca con cuarenta y cinco días de anticipación y sesiona con la mitad más uno de "
                "los miembros con derecho a voto. Resuelve por mayoría simple.")
    estatutos.reformar(contexto, estatuto, date(2025, 9, 21), [estatutos.CambioArticulo("15", nuevo_15, "Asamblea")],
                       aprobada_por=f"Asamblea General, {resolucion_reforma['numero']}")
    antes = {v.numero: v.texto for v in estatutos.texto_en(contexto, estatuto, date(2025, 9, 20))}
    despues = {v.numero: v.texto for v in estatutos.texto_en(contexto, estatuto, date(2025, 9, 21))}
    assert antes["15"].startswith("La Asamblea se convoca con treinta días") and despues["15"] == nuevo_15
    assert antes["8"] == despues["8"]
    assert [h.texto for h in estatutos.historia_de(contexto, estatuto, "15")] == [antes["15"], nuevo_15]
    assert [r["aprobada_por"] for r in estatutos.listar_reformas(contexto, estatuto)] == [
        "Acta fundacional", "Asamblea General, Resolución 2/2025"]
