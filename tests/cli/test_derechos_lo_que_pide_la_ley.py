"""Issue 81 §3, por la línea de órdenes: lo que la ley pide que diga cada respuesta.

- La carta de acceso, la de supresión, el aviso de privacidad del sitio y el registro de actividades nombran la
  autoridad de control del país de la ley, con su dirección.
- El acceso incluye sus propias solicitudes, con lo que escribió y por dónde llegó.
- La vista previa de un envío dice quién queda fuera por oposición al correo, con ese motivo.
- El registro de actividades en Excel tiene números (no textos) en sus cuentas y nombra las transferencias
  internacionales (a qué países y con qué fundamento)."""

import json

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

MIEMBRO, NOMBRE, CORREO = 5, "Marina Duarte", "mduarte@prensa.ejemplo.org"


def _texto_pdf(ruta) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(ruta).pages)


@pytest.fixture
def con_oposicion(copia_de_la_demo, cli):
    """Marina, contacto del miembro 5 que recibe los recibos, con su oposición al correo ya respondida."""
    def ok(*argumentos):
        hecho = cli(*argumentos, db=copia_de_la_demo)
        assert hecho.returncode == 0, hecho.stdout + hecho.stderr
        return hecho.stdout

    ok("derechos", "politica", "--pais", "UY", "--contacto", "datos@redsur.ejemplo.org")
    contacto = json.loads(ok("miembros", "contacto", MIEMBRO, "--nombre", NOMBRE, "--rol", "Prensa", "--correo",
                             CORREO, "--json"))["id"]
    ok("correo", "recibe", contacto, "recibo")
    persona = json.loads(ok("personas", "registrar", f"contactos:{contacto}", "--json"))["persona_id"]
    oposicion = json.loads(ok("derechos", "registrar", "--persona", persona, "--derecho", "oposicion", "--canal",
                              "nota", "--detalle", "No quiero recibir más correos", "--json"))["solicitud_id"]
    ok("derechos", "oposicion", oposicion)
    return ok, persona


def test_la_vista_previa_dice_quien_queda_fuera_por_oposicion(con_oposicion):
    ok, _ = con_oposicion
    ok("correo", "cuenta", "--servidor", "127.0.0.1", "--puerto", "2525", "--seguridad", "ninguna", "--remitente",
       "secretaria@redsur.ejemplo.org")
    pago = next(p["id"] for p in json.loads(ok("pagos", "listar", "--json")) if p["miembro_id"] == MIEMBRO)
    previa = json.loads(ok("correo", "recibo", pago, "--simular", "--json"))
    assert [(f["miembro_id"], f["persona"]) for f in previa["por_oposicion"]] == [(MIEMBRO, NOMBRE)]
    assert "pidió no recibir correo" in previa["por_oposicion"][0]["motivo"]
    assert all(CORREO not in m["para"] for m in previa["mensajes"])
    texto = ok("correo", "recibo", pago, "--simular")
    assert "Fuera por oposición al correo (1)" in texto and NOMBRE in texto


def test_el_acceso_trae_sus_solicitudes_y_la_autoridad_con_su_direccion(con_oposicion, tmp_path):
    ok, persona = con_oposicion
    acceso = json.loads(ok("derechos", "registrar", "--persona", persona, "--derecho", "acceso", "--canal",
                           "presencial", "--detalle", "Quiero ver mis datos", "--json"))["solicitud_id"]
    ok("derechos", "acceso", acceso, "--carpeta", tmp_path)
    datos = json.loads((tmp_path / f"acceso-solicitud-{acceso}.json").read_text(encoding="utf-8"))
    pedidas = {s["derecho"]: (s["canal"], s["detalle"]) for s in datos["solicitudes"]}
    assert pedidas == {"oposicion": ("nota", "No quiero recibir más correos"),
                       "acceso": ("presencial", "Quiero ver mis datos")}
    carta = _texto_pdf(tmp_path / f"acceso-solicitud-{acceso}.pdf")
    assert "No quiero recibir más correos" in carta and "Nota en papel" in carta
    assert "Unidad Reguladora y de Control de Datos Personales (URCDP)" in carta and "Liniers 1324" in carta

    supresion = json.loads(ok("derechos", "registrar", "--persona", persona, "--derecho", "supresion",
                              "--json"))["solicitud_id"]
    ok("derechos", "suprimir", supresion, "--carpeta", tmp_path)
    assert "Liniers 1324" in _texto_pdf(tmp_path / f"supresion-solicitud-{supresion}.pdf")


def test_el_aviso_de_privacidad_nombra_la_autoridad(con_oposicion, tmp_path):
    ok, _ = con_oposicion
    ok("publicar", tmp_path / "sitio", "--incluir", "contactos")
    aviso = (tmp_path / "sitio" / "privacidad.html").read_text(encoding="utf-8")
    assert "URCDP" in aviso and "Liniers 1324" in aviso


def test_el_registro_de_actividades_cuenta_con_numeros_y_nombra_las_transferencias(con_oposicion, tmp_path):
    ok, _ = con_oposicion
    ok("derechos", "registro-de-actividades", tmp_path / "registro.xlsx")
    libro = load_workbook(tmp_path / "registro.xlsx")
    celdas = [c for hoja in libro.worksheets for fila in hoja.iter_rows(values_only=True) for c in fila]
    texto = " ".join(str(c) for c in celdas if c is not None)
    assert {"Responsable", "Medidas", "Transferencias"} <= set(libro.sheetnames), libro.sheetnames
    assert "Argentina AR el estatuto" in texto
    assert "Autoridad de control Unidad Reguladora y de Control de Datos Personales (URCDP): Liniers 1324" in texto
    assert "bitácora sellada" in texto and "Responsable del tratamiento" in texto
    hoja = next(h for h in libro.worksheets if any(c == "Filas hoy" for f in h.iter_rows(values_only=True) for c in f))
    filas = list(hoja.iter_rows(values_only=True))
    columna = next(f.index("Filas hoy") for f in filas if "Filas hoy" in f)
    contactos = next(f for f in filas if f[0] == "Contactos de los miembros")
    assert isinstance(contactos[columna], int) and contactos[columna] >= 1
    ok("derechos", "registro-de-actividades", tmp_path / "registro.pdf")
    assert "Transferencias internacionales" in _texto_pdf(tmp_path / "registro.pdf")
