"""Issue 41, §3 por la línea de órdenes, sobre una copia de la demo: el período de cada órgano
(la designación sin «hasta» termina al cumplirlo, el traspaso prematuro se rechaza diciendo cuánto falta), los
vencimientos, el orden de sucesión y la ciudad entrante, y el poder de quien no vota (ni se da ni figura en el
acta)."""

import json
from datetime import date

from tests.ayudas import sin_traza


def texto_del_pdf(ruta) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join((pagina.extract_text() or "").split()) for pagina in PdfReader(ruta).pages)


def _json(resultado):
    assert resultado.returncode == 0, resultado.stderr
    return json.loads(resultado.stdout)


def _ok(resultado) -> str:
    assert resultado.returncode == 0, resultado.stderr
    sin_traza(resultado)
    return resultado.stdout


def _rechazo(resultado) -> str:
    assert resultado.returncode == 1, (resultado.returncode, resultado.stdout, resultado.stderr)
    sin_traza(resultado)
    return " ".join(resultado.stderr.split())


def test_periodo_designacion_y_vencimientos(cli, copia_de_la_demo):
    base = copia_de_la_demo
    salida = _ok(cli("organos", "periodo", "Consejo", "--meses", "24", "--articulo", "Estatuto, art. 13",
                             db=base))
    assert "Consejo: un mandato dura 24 meses (Estatuto, art. 13)." in salida
    organos = {o["nombre"]: o for o in _json(cli("organos", "listar", "--json", db=base))}
    assert (organos["Consejo"]["periodo_meses"], organos["Consejo"]["articulo_periodo"]) == (24, "Estatuto, art. 13")
    # La demo trae la Secretaría Ejecutiva de un año (Estatuto, art. 15).
    assert organos["Secretaría Ejecutiva"]["periodo_meses"] == 12
    assert "de 1 a 120 meses" in _rechazo(cli("organos", "periodo", "Consejo", "--meses", "0", db=base))

    # Una designación sin «hasta» toma el fin del período: dos años desde el 01/03/2026 terminan el 28/02/2028.
    from escritorio.servicios.base import abrir_base
    from escritorio.servicios.contexto import Contexto
    from escritorio.servicios.organos import NuevoMandato, designar, mandatos_de

    db = abrir_base(base)
    try:
        contexto = Contexto(db, 1)
        consejo = organos["Consejo"]["id"]
        mandato = designar(contexto, consejo, NuevoMandato("titular", date(2026, 3, 1),
                                                           miembro_id=154))
        fila = next(m for m in mandatos_de(contexto, consejo) if m["id"] == mandato)
        assert (fila["desde"], fila["hasta"]) == ("2026-03-01", "2028-02-29")
    finally:
        db.close()

    # Vencimientos: los del Consejo y la Secretaría Ejecutiva que terminan el 30/11 (la demo corre con la fecha de hoy).
    vencen = _json(cli("organos", "vencimientos", "--dias", "3660", "--json", db=base))
    se = [v for v in vencen if v["organo"] == "Secretaría Ejecutiva"]
    assert len(se) == 1 and se[0]["por_periodo"] and se[0]["articulo"] == "Estatuto, art. 15"
    assert "(Estatuto, art. 15)" in se[0]["texto"] and se[0]["vence"].endswith("-11-30")
    assert any(v["mandato_id"] == mandato and v["vence"] == "2028-02-29" for v in vencen)
    texto = _ok(cli("organos", "vencimientos", "--dias", "0", db=base))
    assert texto.strip()  # o la lista de hoy, o «Ningún mandato vence…»


def test_traspaso_prematuro_entrante_y_sucesion(cli, copia_de_la_demo):
    base = copia_de_la_demo
    orden = _json(cli("organos", "sucesion", "--json", db=base))
    assert orden and all(set(t) == {"posicion", "miembro_id", "miembro", "ya_la_ejercio"} for t in orden)
    # Un traspaso al cumplir el período pasa sin motivo y el nuevo mandato dura un año.
    comp = _json(cli("organos", "composicion", "Secretaría Ejecutiva", "--json", db=base))
    actual = comp["asientos"][0]
    desde = date.fromisoformat(actual["desde"])
    assert (desde.month, desde.day) == (12, 1)  # la demo traspasa cada 1.º de diciembre
    fin = date(desde.year + 1, 12, 1)
    _ok(cli("organos", "traspaso", "--fecha", fin.isoformat(), db=base))
    nueva = _json(cli("organos", "composicion", "Secretaría Ejecutiva", "--al", fin.isoformat(), "--json", db=base))
    assert nueva["asientos"][0]["hasta"] == f"{fin.year + 1}-11-30"

    # Mes y medio después: rechazado (código 1) diciendo cuánto falta; nada cambia.
    pronto = date(fin.year + 1, 1, 15)
    mensaje = _rechazo(cli("organos", "traspaso", "--fecha", pronto.isoformat(), db=base))
    assert "No se registró el traspaso." in mensaje and "faltan 10 meses y 16 días" in mensaje
    assert "indique el motivo" in mensaje
    igual = _json(cli("organos", "composicion", "Secretaría Ejecutiva", "--al", pronto.isoformat(), "--json", db=base))
    assert igual["asientos"][0]["miembro"] == nueva["asientos"][0]["miembro"]

    # Con motivo y una ciudad entrante elegida (Valparaíso, fuera de turno) sí.
    salida = _ok(cli("organos", "traspaso", "--fecha", pronto.isoformat(), "--entrante", "154",
                             "--motivo", "Renuncia de la ciudad en ejercicio", db=base))
    assert f"→ Valparaíso desde el {pronto:%d/%m/%Y}" in salida and "Traspaso registrado." in salida
    despues = _json(cli("organos", "composicion", "Secretaría Ejecutiva", "--al", pronto.isoformat(), "--json",
                        db=base))
    assert [a["miembro"] for a in despues["asientos"]] == ["Valparaíso"]

    # El orden de sucesión se fija por la CLI: Valparaíso, Rosario y Montevideo.
    ids = {m["nombre"]: m["id"] for m in _json(cli("miembros", "listar", "--json", db=base))}
    lista = f"{ids['Valparaíso']},{ids['Rosario']},{ids['Montevideo']}"
    fijado = _ok(cli("organos", "sucesion", "--miembros", lista, db=base))
    assert "Orden de sucesión fijado (3 miembros)." in fijado
    assert [t["miembro"] for t in _json(cli("organos", "sucesion", "--json", db=base))] == [
        "Valparaíso", "Rosario", "Montevideo"]
    assert "figura dos veces" in _rechazo(cli("organos", "sucesion", "--miembros", "3,3", db=base))


def test_quien_no_vota_no_da_poder_ni_figura_representado(cli, copia_de_la_demo, tmp_path):
    base = copia_de_la_demo
    sesion = _json(cli("sesiones", "convocar", "Asamblea General de Socios", "--fecha", "2026-12-04", "--hora",
                       "10:00", "--lugar", "Montevideo", "--convocada-el", "2026-11-01", "--json", db=base))["id"]
    ids = {m["nombre"]: m["id"] for m in _json(cli("miembros", "listar", "--json", db=base))}
    valparaiso, montevideo, rosario = ids["Valparaíso"], ids["Montevideo"], ids["Rosario"]
    # Mientras vota, Valparaíso da su poder a Montevideo; después se la suspende (antes de la sesión).
    _ok(cli("sesiones", "asistencia", str(sesion), "--presentes", f"{montevideo},{rosario}",
            "--poder", f"{valparaiso}:{montevideo}", db=base))
    _ok(cli("miembros", "suspender", str(valparaiso), "--fecha", "2026-11-20", "--motivo", "Resolución del Consejo",
            db=base))
    # Ya no puede dar un poder (tampoco a otro portador): código 1, con el porqué.
    mensaje = _rechazo(cli("sesiones", "asistencia", str(sesion), "--poder", f"{valparaiso}:{rosario}",
                                   db=base))
    assert "No se registró el poder de Valparaíso" in mensaje and "quien no vota no puede dar un poder" in mensaje
    # Un moroso con el voto suspendido, igual.
    morosos = [m for m in _json(cli("sesiones", "asistencia", str(sesion), "--json", db=base))["miembros"]
               if m["motivo_sin_voto"] == "Voto suspendido por cuotas impagas"]
    assert morosos
    mensaje = _rechazo(cli("sesiones", "asistencia", str(sesion), "--poder",
                                   f"{morosos[0]['miembro_id']}:{rosario}", db=base))
    assert "tiene el voto suspendido por cuotas impagas" in mensaje and "no puede dar un poder" in mensaje

    # El acta (PDF, su texto extraído; esta máquina no tiene pdftotext, se usa pypdf): Valparaíso no está entre los
    # presentes o representados.
    pdf = tmp_path / "acta.pdf"
    _ok(cli("sesiones", "acta", str(sesion), str(pdf), db=base))
    texto = texto_del_pdf(pdf)
    presentes = texto.split("Miembros presentes o representados")[1].split("Ausentes")[0]
    assert "Montevideo" in presentes and "Rosario" in presentes
    assert "Valparaíso" not in presentes and "por poder otorgado" not in presentes
    assert "Miembros presentes o representados (2)" in texto
    ausentes = texto.split("Miembros presentes o representados")[1]
    assert "Valparaíso (ausente; sin voto: miembro suspendido, su poder a Montevideo no vale)" in ausentes
